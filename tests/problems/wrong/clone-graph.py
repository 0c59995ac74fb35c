# verdict: wrong_answer
# gives the copies new values in the order it reaches them (1, 2, 3, ...) instead of copying
# `val`: right only when breadth-first order happens to be value order
from collections import deque

from drill.kit import GraphNode


def clone_graph(node):
    if node is None:
        return None
    copies = {node: GraphNode(1)}
    queue = deque([node])
    while queue:
        here = queue.popleft()
        for other in here.neighbors:
            if other not in copies:
                copies[other] = GraphNode(len(copies) + 1)
                queue.append(other)
            copies[here].neighbors.append(copies[other])
    return copies[node]
