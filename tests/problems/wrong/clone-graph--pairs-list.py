# verdict: too_slow
# correct, but keeps (original, copy) pairs in a list and searches it for every edge:
# O(V * (V + E))
from drill.kit import GraphNode


def clone_graph(node):
    if node is None:
        return None
    pairs = [(node, GraphNode(node.val))]

    def copy_of(n):
        for original, twin in pairs:
            if original is n:
                return twin
        return None

    stack = [node]
    while stack:
        here = stack.pop()
        mine = copy_of(here)
        for other in here.neighbors:
            twin = copy_of(other)
            if twin is None:
                twin = GraphNode(other.val)
                pairs.append((other, twin))
                stack.append(other)
            mine.neighbors.append(twin)
    return pairs[0][1]
