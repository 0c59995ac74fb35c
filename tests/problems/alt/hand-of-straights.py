import heapq
from collections import Counter


def is_n_straight_hand(hand, group_size):
    # a min-heap of values that still have cards; build each group from the smallest one
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    heap = list(count)
    heapq.heapify(heap)
    while heap:
        start = heap[0]
        for value in range(start, start + group_size):
            if count[value] == 0:
                return False
            count[value] -= 1
            if count[value] == 0:
                if value != heap[0]:
                    return False  # a smaller value ran out while larger ones remain
                heapq.heappop(heap)
    return True
