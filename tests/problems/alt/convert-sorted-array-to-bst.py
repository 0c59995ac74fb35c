from drill.kit import TreeNode


def sorted_array_to_bst(nums):
    # build the shape first (balanced by node count), then fill it by an in-order walk
    def shape(count):
        if count == 0:
            return None
        left = (count - 1) // 2
        return TreeNode(None, shape(left), shape(count - 1 - left))

    root = shape(len(nums))
    values = iter(nums)
    stack, node = [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        node.val = next(values)
        node = node.right
    return root
