def find_min_height_trees(n, edges):
    # the centres are the middle node(s) of a longest path (found by two farthest-node searches)
    neighbors = [[] for _ in range(n)]
    for a, b in edges:
        neighbors[a].append(b)
        neighbors[b].append(a)

    def farthest(start):
        parent = {start: None}
        frontier = [start]
        last = start
        while frontier:
            nxt = []
            for node in frontier:
                for other in neighbors[node]:
                    if other not in parent:
                        parent[other] = node
                        nxt.append(other)
            if nxt:
                last = nxt[0]
            frontier = nxt
        return last, parent

    end_a, _ = farthest(0)
    end_b, parent = farthest(end_a)
    path = [end_b]
    while path[-1] != end_a:
        path.append(parent[path[-1]])
    mid = len(path) // 2
    return [path[mid]] if len(path) % 2 else [path[mid - 1], path[mid]]
