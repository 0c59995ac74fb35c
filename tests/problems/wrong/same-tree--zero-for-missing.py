# verdict: wrong_answer
# reads a missing node as the value 0, so a leaf holding 0 matches an empty spot
def is_same_tree(p, q):
    if p is None and q is None:
        return True
    a = p.val if p else 0
    b = q.val if q else 0
    if a != b:
        return False
    return (is_same_tree(p.left if p else None, q.left if q else None)
            and is_same_tree(p.right if p else None, q.right if q else None))
