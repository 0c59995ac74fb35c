def diameter_of_binary_tree(root):
    # brute force: the best path bending at each node, with heights recomputed every time
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    def best(node):
        if node is None:
            return 0
        return max(height(node.left) + height(node.right), best(node.left), best(node.right))

    return best(root)
