# verdict: wrong_answer
# Keeps the current window in one list it updates in place and saves a better one with
# best = window, no copy: from then on best IS the window, moves with it, and the answer is
# whatever window is current at the end.
import heapq


def smallest_range(nums):
    heap = [(lst[0], i, 0) for i, lst in enumerate(nums)]
    heapq.heapify(heap)
    high = max(lst[0] for lst in nums)
    window = [heap[0][0], high]
    best = list(window)
    while True:
        low, i, j = heap[0]
        window[0], window[1] = low, high
        if window[1] - window[0] < best[1] - best[0]:
            best = window
        if j + 1 == len(nums[i]):
            return best
        nxt = nums[i][j + 1]
        high = max(high, nxt)
        heapq.heapreplace(heap, (nxt, i, j + 1))
