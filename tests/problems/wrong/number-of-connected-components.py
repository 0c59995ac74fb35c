# verdict: wrong_answer
# unions the raw nodes (parent[a] = b) instead of their roots, so a node re-pointed later detaches its old group
def count_components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        if find(a) != find(b):
            parent[a] = b
    return len({find(i) for i in range(n)})
