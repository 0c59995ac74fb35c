import sys

from drill.kit import GraphNode


def clone_graph(node):
    sys.setrecursionlimit(100000)
    made = {}

    def copy(n):
        if n.val in made:
            return made[n.val]
        twin = GraphNode(n.val)
        made[n.val] = twin
        twin.neighbors = [copy(m) for m in n.neighbors]
        return twin

    return copy(node) if node is not None else None
