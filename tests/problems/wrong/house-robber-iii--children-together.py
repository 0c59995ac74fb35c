# verdict: wrong_answer
# When a node is not robbed, lets its two children either both be robbed or both be left alone,
# instead of letting each child choose on its own.
def rob(root):
    def best(node):
        if node is None:
            return 0, 0
        left_in, left_out = best(node.left)
        right_in, right_out = best(node.right)
        return node.val + left_out + right_out, max(left_in + right_in, left_out + right_out)

    return max(best(root))
