class Solution:
    def sortColors(self, nums: List[int]) -> List[int]:
        """
        Do not return anything, modify nums in-place instead.
        (drill's contract differs: it judges the returned list, so return nums.)
        """
        count = [0, 0, 0]
        for x in nums:
            count[x] += 1
        i = 0
        for color in range(3):
            for _ in range(count[color]):
                nums[i] = color
                i += 1
        return nums
