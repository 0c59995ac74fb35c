# verdict: wrong_answer
# writes only the preorder values, no markers for missing children, and rebuilds by inserting
# them into a search tree: right for binary search trees only
from drill.kit import TreeNode


class Codec:
    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is not None:
                out.append(str(node.val))
                stack += [node.right, node.left]
        return ",".join(out)

    def deserialize(self, data):
        root = None
        for tok in data.split(",") if data else []:
            value = int(tok)
            if root is None:
                root = TreeNode(value)
                continue
            node = root
            while True:
                side = "left" if value < node.val else "right"
                if getattr(node, side) is None:
                    setattr(node, side, TreeNode(value))
                    break
                node = getattr(node, side)
        return root
