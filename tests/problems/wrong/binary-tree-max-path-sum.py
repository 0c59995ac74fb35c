# verdict: wrong_answer
# starts the best sum at 0, so a tree of only negative values reports 0 instead of its largest value
def max_path_sum(root):
    best = 0

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
