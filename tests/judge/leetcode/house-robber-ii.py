class Solution:
    def rob(self, nums: List[int]) -> int:
        def helper(houses):
            rob1, rob2 = 0, 0
            for n in houses:
                rob1, rob2 = rob2, max(rob1 + n, rob2)
            return rob2

        return max(nums[0], helper(nums[1:]), helper(nums[:-1]))
