# verdict: too_slow
# correct, but finds the smallest card and removes each group's cards from a list: O(n^2)
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    cards = list(hand)
    while cards:
        start = min(cards)
        for value in range(start, start + group_size):
            if value not in cards:
                return False
            cards.remove(value)
    return True
