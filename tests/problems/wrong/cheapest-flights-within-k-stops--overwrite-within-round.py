# verdict: wrong_answer
# Relaxes from a snapshot but compares against the snapshot too, so a pricier flight into the same
# city later in the round overwrites a cheaper price found earlier in that round.
def find_cheapest_price(n, flights, src, dst, k):
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        prev = cost[:]
        for a, b, price in flights:
            if prev[a] + price < prev[b]:
                cost[b] = prev[a] + price
    return -1 if cost[dst] == inf else cost[dst]
