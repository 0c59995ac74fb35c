# verdict: runtime_error
# returns the last stone without checking that one is left, so when all are destroyed it crashes
import heapq


def last_stone_weight(stones):
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y, x = -heapq.heappop(heap), -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0]
