# verdict: wrong_answer
# Seeds the running sums with nums[0] and then adds nums[0] again, so every running sum is
# nums[0] too large: differences are right, but a query from position 0 is off by nums[0].
class NumArray:
    def __init__(self, nums):
        self.upto = []
        total = nums[0]
        for x in nums:
            total += x
            self.upto.append(total)

    def sum_range(self, left, right):
        if left == 0:
            return self.upto[right]
        return self.upto[right] - self.upto[left - 1]
