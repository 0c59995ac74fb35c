# verdict: wrong_answer
# puts the middle value at the root but inserts the rest in sorted order, so the halves become chains
from drill.kit import TreeNode


def sorted_array_to_bst(nums):
    mid = len(nums) // 2
    root = TreeNode(nums[mid])
    for value in nums[:mid] + nums[mid + 1:]:
        node = root
        while True:
            side = "left" if value < node.val else "right"
            if getattr(node, side) is None:
                setattr(node, side, TreeNode(value))
                break
            node = getattr(node, side)
    return root
