# verdict: wrong_answer
# trims the initial numbers with `if` instead of `while`, so when they hold two or more values
# beyond k the heap keeps extra small values and its top is not the k-th largest
import heapq


class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        if len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val):
        heapq.heappush(self.heap, val)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0]
