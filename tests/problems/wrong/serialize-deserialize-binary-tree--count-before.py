# verdict: too_slow
# correct, but to find a node's children in the level-order tokens it counts, from the start,
# how many real nodes come before it: O(n) per node, O(n^2) in all
from collections import deque

from drill.kit import TreeNode


class Codec:
    def serialize(self, root):
        out, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                queue += [node.left, node.right]
        return ",".join(out)

    def deserialize(self, data):
        tokens = data.split(",")
        nodes = [None if t == "#" else TreeNode(int(t)) for t in tokens]
        for i, node in enumerate(nodes):
            if node is not None:
                k = sum(1 for t in tokens[:i] if t != "#")
                node.left = nodes[2 * k + 1]
                node.right = nodes[2 * k + 2]
        return nodes[0]
