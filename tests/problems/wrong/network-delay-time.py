# verdict: wrong_answer
# marks a node as done when it is first pushed (plain BFS), not when it is popped with its smallest time
import heapq


def network_delay_time(times, n, k):
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    dist = {k: 0}
    heap = [(0, k)]
    while heap:
        d, node = heapq.heappop(heap)
        for v, w in links[node]:
            if v not in dist:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
