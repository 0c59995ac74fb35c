def find_redundant_connection(edges):
    # peel off leaves until only the cycle is left, then take its last edge in input order
    n = len(edges)
    adj = {v: set() for v in range(1, n + 1)}
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    leaves = [v for v in adj if len(adj[v]) == 1]
    while leaves:
        v = leaves.pop()
        for u in adj[v]:
            adj[u].discard(v)
            if len(adj[u]) == 1:
                leaves.append(u)
        adj[v] = set()
    on_cycle = {v for v in adj if adj[v]}
    return [list(e) for e in edges if e[0] in on_cycle and e[1] in on_cycle][-1]
