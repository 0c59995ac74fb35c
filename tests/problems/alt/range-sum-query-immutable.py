from itertools import accumulate


class NumArray:
    def __init__(self, nums):
        self.upto = list(accumulate(nums))  # upto[i] = nums[0] + ... + nums[i]

    def sum_range(self, left, right):
        return self.upto[right] - (self.upto[left - 1] if left > 0 else 0)
