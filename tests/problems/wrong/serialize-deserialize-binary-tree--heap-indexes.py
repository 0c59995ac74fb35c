# verdict: wrong_answer
# reads the level-order list as a heap array (children of i at 2i+1 and 2i+2), which holds only
# when no missing child is followed by more nodes: a sparse tree is rebuilt with the wrong shape
from drill.kit import TreeNode, from_tree


class Codec:
    def serialize(self, root):
        return ",".join("#" if v is None else str(v) for v in from_tree(root))

    def deserialize(self, data):
        if not data:
            return None
        vals = [None if t == "#" else int(t) for t in data.split(",")]
        nodes = [None if v is None else TreeNode(v) for v in vals]
        for i, node in enumerate(nodes):
            if node is not None:
                if 2 * i + 1 < len(nodes):
                    node.left = nodes[2 * i + 1]
                if 2 * i + 2 < len(nodes):
                    node.right = nodes[2 * i + 2]
        return nodes[0]
