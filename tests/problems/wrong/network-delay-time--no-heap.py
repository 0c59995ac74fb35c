# verdict: too_slow
# Dijkstra that finds the next node by scanning every node instead of using a heap: correct, but
# O(V^2 + E) where a heap gives O(E log V).
def network_delay_time(times, n, k):
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    done = [False] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        node, best = -1, inf
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                node, best = v, dist[v]
        if node == -1:
            return -1
        done[node] = True
        for v, w in links[node]:
            if best + w < dist[v]:
                dist[v] = best + w
    return max(dist[1:])
