# verdict: too_slow
# before adding each edge, searches the graph built so far for a path between its ends: O(n * E)
def valid_tree(n, edges):
    if len(edges) != n - 1:
        return False
    adj = [[] for _ in range(n)]
    for a, b in edges:
        seen = {a}
        stack = [a]
        while stack:
            x = stack.pop()
            if x == b:
                return False
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        adj[a].append(b)
        adj[b].append(a)
    return True
