# verdict: wrong_answer
# Starts each round from an all-infinity array instead of a copy of the last one, so it finds the
# cheapest route with exactly k + 1 flights, not at most k + 1.
def find_cheapest_price(n, flights, src, dst, k):
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        nxt = [inf] * n
        for a, b, price in flights:
            if cost[a] + price < nxt[b]:
                nxt[b] = cost[a] + price
        cost = nxt
    return -1 if cost[dst] == inf else cost[dst]
