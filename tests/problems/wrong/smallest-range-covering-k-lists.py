# verdict: wrong_answer
# updates the best range on "<=", so among equally wide ranges it keeps the LAST one instead of the smallest start
import heapq


def smallest_range(nums):
    heap = [(lst[0], i, 0) for i, lst in enumerate(nums)]
    heapq.heapify(heap)
    high = max(lst[0] for lst in nums)
    best = [heap[0][0], high]
    while True:
        low, i, j = heapq.heappop(heap)
        if high - low <= best[1] - best[0]:
            best = [low, high]
        if j + 1 == len(nums[i]):
            return best
        high = max(high, nums[i][j + 1])
        heapq.heappush(heap, (nums[i][j + 1], i, j + 1))
