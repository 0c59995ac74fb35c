# verdict: wrong_answer
# compares the heights of the two subtrees of the root only, not at every node
def is_balanced(root):
    def height(node):
        return 0 if node is None else 1 + max(height(node.left), height(node.right))

    return root is None or abs(height(root.left) - height(root.right)) <= 1
