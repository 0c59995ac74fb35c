# verdict: too_slow
# correct, but takes the outgoing value out of its heap with list.remove and a fresh heapify:
# O(k) per step, O(n * k) in all, instead of O(n log n)
import heapq


def median_sliding_window(nums, k):
    lo, hi = [], []  # lo: max-heap (negated values), hi: min-heap
    out = []
    for j, x in enumerate(nums):
        if j >= k:
            gone = nums[j - k]
            if gone <= -lo[0]:
                lo.remove(-gone)
                heapq.heapify(lo)
            else:
                hi.remove(gone)
                heapq.heapify(hi)
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
