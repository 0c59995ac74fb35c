# verdict: too_slow
# keeps every number and re-sorts the whole stream on every add: O(n) per call instead of O(log k)
class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.nums = list(nums)

    def add(self, val):
        self.nums.append(val)
        ordered = sorted(self.nums, reverse=True)
        return ordered[self.k - 1]
