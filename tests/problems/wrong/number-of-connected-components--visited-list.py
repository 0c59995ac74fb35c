# verdict: too_slow
# DFS over an adjacency list, but the visited nodes are kept in a list and tested with `in`:
# right, but every test scans the list, O(n^2) where a set or a flag array is O(1).
def count_components(n, edges):
    neighbors = [[] for _ in range(n)]
    for a, b in edges:
        neighbors[a].append(b)
        neighbors[b].append(a)
    seen = []
    components = 0
    for start in range(n):
        if start in seen:
            continue
        components += 1
        seen.append(start)
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in neighbors[node]:
                if nxt not in seen:
                    seen.append(nxt)
                    stack.append(nxt)
    return components
