# verdict: wrong_answer
# follows right children only, missing left-subtree nodes that stick out below a shorter right side
def right_side_view(root):
    view = []
    while root is not None:
        view.append(root.val)
        root = root.right if root.right is not None else None
    return view
