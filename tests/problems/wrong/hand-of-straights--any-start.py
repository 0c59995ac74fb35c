# verdict: wrong_answer
# starts groups from the values in the order they were dealt, not from the smallest value left
from collections import Counter


def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    for start in list(count):
        need = count[start]
        if need == 0:
            continue
        for value in range(start, start + group_size):
            if count[value] < need:
                return False
            count[value] -= need
    return True
