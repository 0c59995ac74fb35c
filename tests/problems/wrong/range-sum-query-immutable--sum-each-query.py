# verdict: too_slow
# Adds up the range value by value for every query: O(n) per query, O(n^2) for n queries.
class NumArray:
    def __init__(self, nums):
        self.nums = nums

    def sum_range(self, left, right):
        total = 0
        for i in range(left, right + 1):
            total += self.nums[i]
        return total
