# verdict: wrong_answer
# removes the outgoing value from its heap with list.remove but never re-heapifies, so the list
# can stop being a heap and its first item is no longer the top
import heapq


def median_sliding_window(nums, k):
    lo, hi = [], []  # lo: max-heap (negated values), hi: min-heap
    out = []
    for j, x in enumerate(nums):
        if j >= k:
            gone = nums[j - k]
            if gone <= -lo[0]:
                lo.remove(-gone)
            else:
                hi.remove(gone)
        if lo and x <= -lo[0]:
            heapq.heappush(lo, -x)
        else:
            heapq.heappush(hi, x)
        while len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        while len(lo) < len(hi):
            heapq.heappush(lo, -heapq.heappop(hi))
        if j >= k - 1:
            out.append(float(-lo[0]) if k % 2 else (-lo[0] + hi[0]) / 2)
    return out
