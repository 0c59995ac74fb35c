# verdict: wrong_answer
# compares each node with its parent and its grandparent only, so a node that is on the wrong side
# of an ancestor three or more levels up goes unnoticed
def is_valid_bst(root):
    def ok(child, ancestor, went_left):
        return child.val < ancestor.val if went_left else child.val > ancestor.val

    stack = [(root, None, None, None, None)] if root else []
    while stack:
        node, parent, left_of_parent, grand, left_of_grand = stack.pop()
        if parent is not None and not ok(node, parent, left_of_parent):
            return False
        if grand is not None and not ok(node, grand, left_of_grand):
            return False
        for child, went_left in ((node.left, True), (node.right, False)):
            if child is not None:
                stack.append((child, node, went_left, parent, left_of_parent))
    return True
