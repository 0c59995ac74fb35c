# verdict: too_slow
# Right, but checks the in-order values by comparing each one with every value before it instead
# of only with the last one: O(n^2) where one in-order pass is O(n).
def is_valid_bst(root):
    values = []

    def walk(node):
        if node is not None:
            walk(node.left)
            values.append(node.val)
            walk(node.right)

    walk(root)
    for i, v in enumerate(values):
        for earlier in values[:i]:
            if earlier >= v:
                return False
    return True
