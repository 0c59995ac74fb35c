# verdict: wrong_answer
# hands the bent path (left + node + right) up to the parent, though a path cannot branch
def max_path_sum(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + left + right

    gain(root)
    return best
