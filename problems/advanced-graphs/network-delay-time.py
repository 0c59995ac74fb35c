"""Network Delay Time

A network has `n` nodes labelled `1` to `n`. Each entry `[u, v, w]` of `times` is a directed link:
a signal sent from `u` reaches `v` after `w` time units. A signal starts at node `k` at time 0 and
travels along every link at once. Return the time at which the last node receives it, or -1 if
some node never receives it.

Constraints: 1 <= n <= 10^5; 0 <= len(times) <= 10^5; 1 <= u, v <= n; u != v;
0 <= w <= 100; 1 <= k <= n. There may be several links between the same two nodes.

Example: n = 4, k = 2, times = [[2, 1, 1], [2, 3, 1], [3, 4, 1]] -> 2

Example: n = 3, k = 1, times = [[1, 2, 5], [1, 3, 1], [3, 2, 1]] -> 2   (2 is reached through 3
at time 2, before the direct link delivers at time 5)
"""

import heapq

from hypothesis import strategies as st

TITLE = "Network Delay Time"
CATEGORY = "advanced-graphs"
PATTERNS = ["dijkstra", "shortest-path", "heap"]
DIFFICULTY = "medium"
FUNCTION = "network_delay_time"
COMPLEXITY = "O(E log V)"
TARGET_MINUTES = 25


def reference(times: list[list[int]], n: int, k: int) -> int:
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    dist = {}
    heap = [(0, k)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in dist:
            continue  # already settled with a smaller time
        dist[node] = d
        for v, w in links[node]:
            if v not in dist:
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1


@st.composite
def _case(draw):
    n = draw(st.integers(1, 8))
    k = draw(st.integers(1, n))
    if n == 1:
        return {"times": [], "n": 1, "k": 1}
    link = st.tuples(st.integers(1, n), st.integers(1, n), st.integers(0, 20)).filter(
        lambda t: t[0] != t[1])
    times = draw(st.lists(link.map(list), max_size=3 * n))
    return {"times": times, "n": n, "k": k}


def inputs():
    return _case()


EXAMPLES = [
    ({"times": [[2, 1, 1], [2, 3, 1], [3, 4, 1]], "n": 4, "k": 2}, 2),
    ({"times": [[1, 2, 5], [1, 3, 1], [3, 2, 1]], "n": 3, "k": 1}, 2),
    ({"times": [], "n": 1, "k": 1}, 0),
    ({"times": [[1, 2, 1]], "n": 2, "k": 2}, -1),
    ({"times": [[1, 2, 0], [2, 3, 0]], "n": 3, "k": 1}, 0),
    ({"times": [[1, 2, 9], [1, 2, 3], [2, 1, 1]], "n": 2, "k": 1}, 3),
]


def large(n, rng):
    """n // 4 nodes and about n links: a chain so all are reachable, plus random links."""
    nodes = max(2, n // 4)
    times = [[i, i + 1, rng.randint(50, 100)] for i in range(1, nodes)]
    while len(times) < n:
        u, v = rng.randint(1, nodes), rng.randint(1, nodes)
        if u != v:
            times.append([u, v, rng.randint(0, 100)])
    rng.shuffle(times)
    return {"times": times, "n": nodes, "k": 1}
