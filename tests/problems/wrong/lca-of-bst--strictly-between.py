# verdict: wrong_answer
# looks for a node strictly between p and q, forgetting that p or q itself can be the ancestor
def lowest_common_ancestor(root, p, q):
    low, high = min(p, q), max(p, q)
    node = root
    while node is not None:
        if low < node.val < high:
            return node
        node = node.left if node.val >= high else node.right
    return None
