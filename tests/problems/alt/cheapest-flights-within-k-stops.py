def find_cheapest_price(n, flights, src, dst, k):
    # DP over (flights used, city), tracked as a dict per layer
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    best = None
    layer = {src: 0}
    for _ in range(k + 1):
        nxt = {}
        for city, spent in layer.items():
            for b, price in out[city]:
                if b not in nxt or spent + price < nxt[b]:
                    nxt[b] = spent + price
        if dst in nxt and (best is None or nxt[dst] < best):
            best = nxt[dst]
        layer = nxt
    return -1 if best is None else best
