# verdict: too_slow
# Peels the leaves layer by layer, but finds each layer's leaves by scanning every node's degree:
# right, but O(n) per layer, O(n^2) on a long thin tree where a queue of new leaves is O(n).
def find_min_height_trees(n, edges):
    if n <= 2:
        return list(range(n))
    degree = [0] * n
    neighbors = [[] for _ in range(n)]
    for a, b in edges:
        neighbors[a].append(b)
        neighbors[b].append(a)
        degree[a] += 1
        degree[b] += 1
    removed = [False] * n
    remaining = n
    while remaining > 2:
        leaves = [i for i in range(n) if not removed[i] and degree[i] == 1]
        for leaf in leaves:
            removed[leaf] = True
            for other in neighbors[leaf]:
                if not removed[other]:
                    degree[other] -= 1
        remaining -= len(leaves)
    return [i for i in range(n) if not removed[i]]
