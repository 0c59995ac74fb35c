# verdict: wrong_answer
# Swaps children with an explicit stack, but pushes a child only `if child and child.val`, the
# habit of skipping LeetCode's null placeholders: a child holding 0 is never visited, so its
# subtree is left uninverted.
def invert_tree(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        for child in (node.left, node.right):
            if child and child.val:
                stack.append(child)
    return root
