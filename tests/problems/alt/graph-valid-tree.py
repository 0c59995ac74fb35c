from collections import deque


def valid_tree(n, edges):
    # BFS from node 0 with parent tracking: a seen non-parent neighbour means a cycle
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    parent = {0: -1}
    queue = deque([0])
    while queue:
        x = queue.popleft()
        for y in adj[x]:
            if y == parent[x]:
                continue
            if y in parent:
                return False
            parent[y] = x
            queue.append(y)
    return len(parent) == n
