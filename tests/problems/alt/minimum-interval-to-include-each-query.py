def min_interval(intervals, queries):
    # smallest intervals first: each one answers every still-open query it covers; open queries
    # are kept sorted, with a "next open" pointer so each query is answered once
    points = sorted(set(queries))
    index = {q: i for i, q in enumerate(points)}
    nxt = list(range(len(points) + 1))  # nxt[i]: the first unanswered position >= i

    def find(i):
        while nxt[i] != i:
            nxt[i] = nxt[nxt[i]]
            i = nxt[i]
        return i

    best = {}
    import bisect
    for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
        i = find(bisect.bisect_left(points, left))
        while i < len(points) and points[i] <= right:
            best[points[i]] = right - left + 1
            nxt[i] = i + 1
            i = find(i + 1)
    return [best.get(q, -1) for q in queries]
