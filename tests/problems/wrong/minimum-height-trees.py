# verdict: too_slow
# runs a full BFS from every node to measure its height: correct, but O(n^2) instead of O(n)
from collections import deque


def find_min_height_trees(n, edges):
    neighbors = [[] for _ in range(n)]
    for a, b in edges:
        neighbors[a].append(b)
        neighbors[b].append(a)
    heights = []
    for root in range(n):
        depth = {root: 0}
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for other in neighbors[node]:
                if other not in depth:
                    depth[other] = depth[node] + 1
                    queue.append(other)
        heights.append(max(depth.values()))
    best = min(heights)
    return [i for i in range(n) if heights[i] == best]
