# verdict: too_slow
# Keeps a group label per node and, on each edge joining two groups, relabels one group by scanning
# every node: right, but O(n) per merge, O(n * E) where union-find is near O(n + E).
def count_components(n, edges):
    label = list(range(n))
    groups = n
    for a, b in edges:
        la, lb = label[a], label[b]
        if la != lb:
            for i in range(n):
                if label[i] == lb:
                    label[i] = la
            groups -= 1
    return groups
