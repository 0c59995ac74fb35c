def merge(intervals):
    # connected components of the "overlaps" graph, found by flood fill over all pairs
    n = len(intervals)
    seen = [False] * n
    out = []
    for i in range(n):
        if seen[i]:
            continue
        seen[i], stack, group = True, [i], []
        while stack:
            a = stack.pop()
            group.append(intervals[a])
            for b in range(n):
                if not seen[b] and intervals[a][0] <= intervals[b][1] and intervals[b][0] <= intervals[a][1]:
                    seen[b] = True
                    stack.append(b)
        out.append([min(s for s, _ in group), max(e for _, e in group)])
    return sorted(out)
