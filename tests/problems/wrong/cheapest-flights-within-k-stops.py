# verdict: wrong_answer
# Bellman-Ford from a snapshot, but stops early once a round leaves dst's price unchanged ("it has
# settled"), although a later round can still reach dst more cheaply over more stops.
def find_cheapest_price(n, flights, src, dst, k):
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        prev = cost[:]
        for a, b, price in flights:
            if prev[a] + price < cost[b]:
                cost[b] = prev[a] + price
        if cost[dst] != inf and cost[dst] == prev[dst]:
            break
    return -1 if cost[dst] == inf else cost[dst]
