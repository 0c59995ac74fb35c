# verdict: runtime_error
# Builds the prefix sums one entry short (the loop stops before the last value), so a query that
# reaches the last position indexes past the end.
class NumArray:
    def __init__(self, nums):
        self.prefix = [0]
        for i in range(len(nums) - 1):
            self.prefix.append(self.prefix[-1] + nums[i])

    def sum_range(self, left, right):
        return self.prefix[right + 1] - self.prefix[left]
