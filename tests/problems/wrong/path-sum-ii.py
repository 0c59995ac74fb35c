# verdict: wrong_answer
# appends the shared `path` list itself instead of a copy; after backtracking every stored path is empty
def path_sum(root, target_sum):
    found, path = [], []

    def walk(node, remaining):
        if node is None:
            return
        path.append(node.val)
        remaining -= node.val
        if node.left is None and node.right is None and remaining == 0:
            found.append(path)
        walk(node.left, remaining)
        walk(node.right, remaining)
        path.pop()

    walk(root, target_sum)
    return found
