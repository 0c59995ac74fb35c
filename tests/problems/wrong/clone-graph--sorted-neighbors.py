# verdict: wrong_answer
# collects the copies' neighbours in a set and lists them sorted by value: the edges are right,
# but each list's order is not the original's
from drill.kit import GraphNode


def clone_graph(node):
    if node is None:
        return None
    copies = {}
    stack = [node]
    copies[node.val] = GraphNode(node.val)
    links = {}
    while stack:
        here = stack.pop()
        links[here.val] = {m.val for m in here.neighbors}
        for other in here.neighbors:
            if other.val not in copies:
                copies[other.val] = GraphNode(other.val)
                stack.append(other)
    for val, twin in copies.items():
        twin.neighbors = [copies[v] for v in sorted(links[val])]
    return copies[node.val]
