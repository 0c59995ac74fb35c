# verdict: wrong_answer
# balances only the root: the left half hangs as a chain going down-left, the right half down-right
from drill.kit import TreeNode


def sorted_array_to_bst(nums):
    mid = len(nums) // 2
    root = TreeNode(nums[mid])
    node = root
    for value in reversed(nums[:mid]):
        node.left = TreeNode(value)
        node = node.left
    node = root
    for value in nums[mid + 1:]:
        node.right = TreeNode(value)
        node = node.right
    return root
