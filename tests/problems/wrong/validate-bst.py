# verdict: wrong_answer
# In-order walk that remembers the previous value, but tests it with `if prev and ...`: a
# previous value of 0 is falsy, so the value after a 0 is never compared and [0, 0] or 0 > -5
# slips through.
def is_valid_bst(root):
    prev = None
    stack, node = [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
