"""Number of Connected Components

An undirected graph has `n` nodes labelled `0` to `n - 1` and the given list of `edges`, each
`[a, b]` joining nodes `a` and `b`. Return how many connected components the graph has (a node
with no edges is a component on its own).

Constraints: 1 <= n <= 10^5; 0 <= len(edges) <= 10^5; 0 <= a, b < n; a != b;
the same pair may appear more than once.

Example: n = 5, edges = [[0, 1], [1, 2], [3, 4]] -> 2

Example: n = 4, edges = [[0, 1], [1, 2], [2, 0]] -> 2   (node 3 stands alone; the triangle's
third edge joins nothing new)
"""

from hypothesis import strategies as st

TITLE = "Number of Connected Components"
CATEGORY = "graphs"
PATTERNS = ["union-find", "graph"]
DIFFICULTY = "medium"
FUNCTION = "count_components"
COMPLEXITY = "O(n + E * α(n))"
TARGET_MINUTES = 15


def reference(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    components = n
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # union by size
        size[ra] += size[rb]
        components -= 1
    return components


@st.composite
def _case(draw):
    n = draw(st.integers(1, 12))
    if n == 1:
        return {"n": 1, "edges": []}
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    edges = draw(st.lists(pair.map(list), max_size=15))
    return {"n": n, "edges": edges}


def inputs():
    return _case()


EXAMPLES = [
    ({"n": 1, "edges": []}, 1),
    ({"n": 3, "edges": []}, 3),
    ({"n": 5, "edges": [[0, 1], [1, 2], [3, 4]]}, 2),
    ({"n": 4, "edges": [[0, 1], [1, 2], [2, 0]]}, 2),
    ({"n": 4, "edges": [[0, 1], [0, 1], [1, 0]]}, 3),
    ({"n": 5, "edges": [[0, 1], [2, 3], [1, 3], [4, 0]]}, 1),
    ({"n": 4, "edges": [[0, 2], [0, 3]]}, 2),
]


def large(n, rng):
    """n nodes and about 0.8n random edges (many components, plenty of merging)."""
    return {"n": n, "edges": [[a, b] for a, b in
                              ((rng.randrange(n), rng.randrange(n)) for _ in range(n * 4 // 5))
                              if a != b]}
