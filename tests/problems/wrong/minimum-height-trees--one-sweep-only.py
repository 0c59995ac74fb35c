# verdict: wrong_answer
# Takes the middle of the path from node 0 to the node farthest from it, skipping the second
# search from that far node: the path is a diameter only when node 0 is an end of one.
from collections import deque


def find_min_height_trees(n, edges):
    if n <= 2:
        return list(range(n))
    neighbors = [[] for _ in range(n)]
    for a, b in edges:
        neighbors[a].append(b)
        neighbors[b].append(a)
    parent = {0: None}
    queue = deque([0])
    last = 0
    while queue:
        last = queue.popleft()
        for nxt in neighbors[last]:
            if nxt not in parent:
                parent[nxt] = last
                queue.append(nxt)
    path = []
    node = last
    while node is not None:
        path.append(node)
        node = parent[node]
    mid = len(path) // 2
    return [path[mid]] if len(path) % 2 else [path[mid - 1], path[mid]]
