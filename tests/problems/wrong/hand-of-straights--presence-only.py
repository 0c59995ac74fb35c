# verdict: wrong_answer
# checks that each needed value is present, not that there are enough copies of it
from collections import Counter


def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    for start in sorted(count):
        need = count[start]
        if need <= 0:
            continue
        for value in range(start, start + group_size):
            if count[value] <= 0:
                return False
            count[value] -= need
    return True
