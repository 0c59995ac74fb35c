# verdict: too_slow
# The right table (cheapest price of each city with at most r flights), but each city's price
# in a round is found by scanning the whole flight list for the flights into it: O(k * n * E)
# instead of O(k * E).


def find_cheapest_price(n, flights, src, dst, k):
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        nxt = cost[:]
        for city in range(n):
            for a, b, price in flights:
                if b == city and cost[a] + price < nxt[city]:
                    nxt[city] = cost[a] + price
        cost = nxt
    return -1 if cost[dst] == inf else cost[dst]
