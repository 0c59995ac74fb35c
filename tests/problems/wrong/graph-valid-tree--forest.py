# verdict: wrong_answer
# looks only for cycles, so a forest of several separate trees passes as one tree
def valid_tree(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
    return True
