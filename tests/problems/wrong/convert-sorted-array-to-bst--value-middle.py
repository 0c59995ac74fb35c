# verdict: wrong_answer
# splits at the middle VALUE (the first value >= the average of the ends), not the middle position
from drill.kit import TreeNode


def sorted_array_to_bst(nums):
    if not nums:
        return None
    middle = (nums[0] + nums[-1]) / 2
    mid = next(i for i, v in enumerate(nums) if v >= middle)
    return TreeNode(nums[mid], sorted_array_to_bst(nums[:mid]), sorted_array_to_bst(nums[mid + 1:]))
