from drill.kit import TreeNode


class Codec:
    """Preorder with 'x' for a missing child, rebuilt with an explicit stack."""

    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("x")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return " ".join(out)

    def deserialize(self, data):
        tokens = iter(data.split())
        first = next(tokens)
        if first == "x":
            return None
        root = TreeNode(int(first))
        # each stack entry: a node and whether its left child is still to be read
        stack = [[root, True]]
        for tok in tokens:
            while stack and stack[-1][1] is None:
                stack.pop()
            top = stack[-1]
            child = None if tok == "x" else TreeNode(int(tok))
            if top[1]:
                top[0].left = child
                top[1] = False
            else:
                top[0].right = child
                top[1] = None
            if child is not None:
                stack.append([child, True])
        return root
