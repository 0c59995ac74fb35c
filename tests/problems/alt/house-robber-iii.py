def rob(root):
    def best(node):
        # (robbed, not robbed) for node's subtree
        if node is None:
            return 0, 0
        left_in, left_out = best(node.left)
        right_in, right_out = best(node.right)
        return (
            node.val + left_out + right_out,
            max(left_in, left_out) + max(right_in, right_out),
        )

    return max(best(root))
