# verdict: wrong_answer
# Union-find with path halving, then one find() on every node and the distinct parent[] entries
# counted as components; but halving only shortens a path, so after find(i) parent[i] can still
# be an inner node and not the root.
def count_components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    for i in range(n):
        find(i)
    return len(set(parent))
