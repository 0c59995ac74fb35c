class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        if not nums:
            return [[]]
        res = []
        for i in range(len(nums)):
            for perm in self.permute(nums[:i] + nums[i + 1:]):
                res.append([nums[i]] + perm)
        return res
