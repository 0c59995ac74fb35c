# verdict: too_slow
# Compares "rob this house plus the best of the grandchildren" with "the best of the children",
# recomputing every subtree each time it is asked: correct, but far from O(n).
def rob(root):
    def best(node):
        if node is None:
            return 0
        take = node.val
        for child in (node.left, node.right):
            if child:
                take += best(child.left) + best(child.right)
        return max(take, best(node.left) + best(node.right))

    return best(root)
