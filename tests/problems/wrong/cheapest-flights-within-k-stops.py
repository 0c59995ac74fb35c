# verdict: wrong_answer
# Bellman-Ford relaxing in place (no snapshot), so one round can chain several flights and exceed k stops
def find_cheapest_price(n, flights, src, dst, k):
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        for a, b, price in flights:
            if cost[a] + price < cost[b]:
                cost[b] = cost[a] + price
    return -1 if cost[dst] == inf else cost[dst]
