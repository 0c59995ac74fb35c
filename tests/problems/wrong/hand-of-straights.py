# verdict: wrong_answer
# sorts the cards and checks fixed chunks of group_size, which breaks when duplicates interleave
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    cards = sorted(hand)
    for i in range(0, len(cards), group_size):
        chunk = cards[i:i + group_size]
        if any(b != a + 1 for a, b in zip(chunk, chunk[1:])):
            return False
    return True
