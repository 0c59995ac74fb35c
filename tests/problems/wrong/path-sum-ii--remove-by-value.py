# verdict: wrong_answer
# backtracks with path.remove(node.val) instead of path.pop(); when the value also occurs higher
# up the path, remove() deletes that earlier copy and the path is scrambled
def path_sum(root, target_sum):
    found, path = [], []

    def walk(node, remaining):
        if node is None:
            return
        path.append(node.val)
        remaining -= node.val
        if node.left is None and node.right is None and remaining == 0:
            found.append(list(path))
        walk(node.left, remaining)
        walk(node.right, remaining)
        path.remove(node.val)

    walk(root, target_sum)
    return found
