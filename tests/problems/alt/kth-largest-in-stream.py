import bisect


class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.sorted = sorted(nums)

    def add(self, val):
        bisect.insort(self.sorted, val)
        return self.sorted[-self.k]
