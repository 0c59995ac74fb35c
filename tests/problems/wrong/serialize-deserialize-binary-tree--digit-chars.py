# verdict: wrong_answer
# writes one character per node and reads it back with int(char): a value below 0 or above 9
# does not survive the round trip
from drill.kit import TreeNode


class Codec:
    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val)[-1])
                stack += [node.right, node.left]
        return "".join(out)

    def deserialize(self, data):
        chars = iter(data)

        def build():
            ch = next(chars)
            if ch == "#":
                return None
            node = TreeNode(int(ch))
            node.left = build()
            node.right = build()
            return node

        return build()
