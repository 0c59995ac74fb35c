# verdict: wrong_answer
# Takes a node without a LEFT child for a leaf, so a path that reaches the target at a node with
# only a right child is reported although it does not end at a leaf.
def path_sum(root, target_sum):
    found, path = [], []

    def walk(node, remaining):
        if node is None:
            return
        path.append(node.val)
        remaining -= node.val
        if node.left is None and remaining == 0:
            found.append(list(path))
        walk(node.left, remaining)
        walk(node.right, remaining)
        path.pop()

    walk(root, target_sum)
    return found
