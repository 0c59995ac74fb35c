# verdict: wrong_answer
# writes `if` where `elif` belongs: right after pushing into a heap that was short of k values, it
# may also replace the heap's top with the same value, losing the old smallest value
import heapq


class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val):
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        if val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]
