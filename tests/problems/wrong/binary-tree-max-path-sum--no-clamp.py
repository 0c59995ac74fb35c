# verdict: wrong_answer
# always adds both children's gains, even negative ones, instead of leaving a losing branch out
def max_path_sum(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left, right = gain(node.left), gain(node.right)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
