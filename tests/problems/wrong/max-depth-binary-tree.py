# verdict: wrong_answer
# Takes the deeper of two walks down the outer edges (left child first, or right child first,
# each falling back to the other child), assuming the deepest node lies on an edge of the tree.
def max_depth(root):
    def walk(node, prefer_left):
        depth = 0
        while node is not None:
            depth += 1
            first, second = (node.left, node.right) if prefer_left else (node.right, node.left)
            node = first if first is not None else second
        return depth

    return max(walk(root, True), walk(root, False))
