# verdict: too_slow
# correct, but finds the window's largest value by scanning the whole heap after every step:
# O(n * k) instead of O(n log k)
import heapq


def smallest_range(nums):
    heap = [(lst[0], i, 0) for i, lst in enumerate(nums)]
    heapq.heapify(heap)
    best = None
    while True:
        low, i, j = heap[0]
        high = max(v for v, _, _ in heap)
        if best is None or high - low < best[1] - best[0]:
            best = [low, high]
        if j + 1 == len(nums[i]):
            return best
        heapq.heapreplace(heap, (nums[i][j + 1], i, j + 1))
