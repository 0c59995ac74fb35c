# verdict: wrong_answer
# Stores links in a dict keyed by target, so of two parallel links u -> v only the last one read is
# kept, even when it is the slower one.
import heapq


def network_delay_time(times, n, k):
    links = [{} for _ in range(n + 1)]
    for u, v, w in times:
        links[u][v] = w
    dist = {}
    heap = [(0, k)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in dist:
            continue
        dist[node] = d
        for v, w in links[node].items():
            if v not in dist:
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
