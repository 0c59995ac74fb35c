# verdict: wrong_answer
# assumes p < q: with p the larger value it walks to the wrong side
def lowest_common_ancestor(root, p, q):
    node = root
    while node is not None:
        if node.val > q:
            node = node.left
        elif node.val < p:
            node = node.right
        else:
            return node
    return None
