# verdict: wrong_answer
# Dijkstra that writes dist[v] = d + w for every link out of a popped node, without checking
# that it is an improvement: a later, longer route (or a parallel link) overwrites a shorter one.
import heapq
def network_delay_time(times, n, k):
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    dist = {k: 0}
    done = set()
    heap = [(0, k)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for v, w in links[node]:
            if v not in done:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
