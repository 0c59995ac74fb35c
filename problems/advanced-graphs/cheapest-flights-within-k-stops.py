"""Cheapest Flights Within K Stops

There are `n` cities numbered `0` to `n - 1`. Each entry `[a, b, price]` of `flights` is a one-way
flight from city `a` to city `b`. Return the cheapest total price to travel from `src` to `dst`
using at most `k` stops (a stop is an intermediate city, so at most `k + 1` flights), or -1 if no
such route exists.

Constraints: 1 <= n <= 10^4; 0 <= len(flights) <= 10^5; 0 <= a, b < n; a != b; no two flights share
the same (a, b); 1 <= price <= 10^4; 0 <= src, dst < n; src != dst; 0 <= k < n.

Example: n = 4, flights = [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]],
src = 0, dst = 3, k = 1 -> 700   (0 -> 1 -> 3; the cheaper 0 -> 1 -> 2 -> 3 needs two stops)

Example: n = 3, flights = [[0, 1, 100], [1, 2, 100], [0, 2, 500]], src = 0, dst = 2, k = 0 -> 500
"""

from hypothesis import strategies as st

TITLE = "Cheapest Flights Within K Stops"
CATEGORY = "advanced-graphs"
PATTERNS = ["bellman-ford", "shortest-path", "graph"]
DIFFICULTY = "medium"
FUNCTION = "find_cheapest_price"
COMPLEXITY = "O(k * E)"
TARGET_MINUTES = 25


def reference(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        # relax from a snapshot, so each round adds at most one more flight to any route
        prev = cost[:]
        for a, b, price in flights:
            if prev[a] + price < cost[b]:
                cost[b] = prev[a] + price
    return -1 if cost[dst] == inf else cost[dst]


@st.composite
def _random(draw):
    n = draw(st.integers(2, 7))
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=18, unique=True))
    flights = [[a, b, draw(st.integers(1, 30))] for a, b in chosen]
    src, dst = draw(st.sampled_from(pairs))
    k = min(n - 1, draw(st.sampled_from([0, 0, 1, 1, 2, 3])))
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}


@st.composite
def _layered(draw):
    """Several routes of exactly k + 1 flights into dst, in shuffled order, plus a few others.

    The last round of relaxation then sees several flights into dst at once, so keeping a pricier
    one that comes later in the list shows.
    """
    k = draw(st.integers(0, 2))
    width = draw(st.integers(2, 3))
    n = 2 + k * width
    src, dst = 0, n - 1
    layers = [[src]] + [list(range(1 + i * width, 1 + (i + 1) * width)) for i in range(k)] + [[dst]]
    pairs = {
        (a, b) for here, there in zip(layers, layers[1:], strict=False) for a in here for b in there
    }
    others = [(a, b) for a in range(n) for b in range(n) if a != b and (a, b) not in pairs]
    pairs |= set(draw(st.lists(st.sampled_from(others), max_size=4, unique=True)))
    chosen = draw(st.permutations(sorted(pairs)))
    flights = [[a, b, draw(st.integers(1, 30))] for a, b in chosen]
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}


@st.composite
def _detour(draw):
    """A pricey direct flight src -> dst and a cheap chain of 3 to k + 1 flights: the answer
    only drops in a late round, after rounds that left dst's price as it was."""
    k = draw(st.integers(2, 4))
    hops = draw(st.integers(3, k + 1))
    n = hops + 1 + draw(st.integers(0, 2))
    cities = draw(st.permutations(range(n)))
    chain = cities[: hops + 1]
    src, dst = chain[0], chain[-1]
    flights = {(a, b): draw(st.integers(1, 5)) for a, b in zip(chain, chain[1:], strict=False)}
    flights[(src, dst)] = draw(st.integers(5 * hops, 60))
    others = [(a, b) for a in range(n) for b in range(n) if a != b and (a, b) not in flights]
    for a, b in draw(st.lists(st.sampled_from(others), max_size=4, unique=True)):
        flights[(a, b)] = draw(st.integers(1, 60))
    order = draw(st.permutations(sorted(flights)))
    return {"n": n, "flights": [[a, b, flights[(a, b)]] for a, b in order],
            "src": src, "dst": dst, "k": min(k, n - 1)}


def inputs():
    return st.one_of(_random(), _layered(), _detour())


EXAMPLES = [
    ({"n": 4, "flights": [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]],
      "src": 0, "dst": 3, "k": 1}, 700),
    ({"n": 3, "flights": [[0, 1, 100], [1, 2, 100], [0, 2, 500]], "src": 0, "dst": 2, "k": 1}, 200),
    ({"n": 3, "flights": [[0, 1, 100], [1, 2, 100], [0, 2, 500]], "src": 0, "dst": 2, "k": 0}, 500),
    ({"n": 2, "flights": [], "src": 0, "dst": 1, "k": 0}, -1),
    ({"n": 3, "flights": [[0, 1, 1], [1, 2, 1]], "src": 0, "dst": 2, "k": 0}, -1),
    ({"n": 4, "flights": [[0, 1, 1], [0, 2, 5], [1, 2, 1], [2, 3, 1]],
      "src": 0, "dst": 3, "k": 1}, 6),
]


def large(n, rng):
    """n // 8 cities, about n flights, k = 10."""
    cities = max(3, n // 8)
    flights = {}
    while len(flights) < n and len(flights) < cities * (cities - 1):
        a, b = rng.randrange(cities), rng.randrange(cities)
        if a != b:
            flights[(a, b)] = rng.randint(1, 10**4)
    return {"n": cities, "flights": [[a, b, p] for (a, b), p in flights.items()],
            "src": 0, "dst": cities - 1, "k": min(10, cities - 1)}
