# verdict: wrong_answer
# checks that the deepest and the shallowest leaf differ by at most one, which is not the same thing
def is_balanced(root):
    if root is None:
        return True
    depths, stack = [], [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node.left is None and node.right is None:
            depths.append(depth)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, depth + 1))
    return max(depths) - min(depths) <= 1
