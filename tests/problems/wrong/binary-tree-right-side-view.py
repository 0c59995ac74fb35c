# verdict: wrong_answer
# Walks right child first and keeps the first value met at each depth, but tests "already have
# one" with `if not first.get(depth)`: a rightmost value of 0 is falsy and gets replaced by the
# next node at that depth, one further left.
def right_side_view(root):
    first = {}

    def walk(node, depth):
        if node is None:
            return
        if not first.get(depth):
            first[depth] = node.val
        walk(node.right, depth + 1)
        walk(node.left, depth + 1)

    walk(root, 0)
    return [first[d] for d in range(len(first))]
