"""Redundant Connection

A graph started as a tree on the nodes `1` to `n`, and then one more edge was added between two
different nodes that were not yet joined directly. You get its `n` edges in `edges`, each `[a, b]`
with `a < b`. Return an edge whose removal leaves a tree on all `n` nodes. When several edges would
do, return the one that comes last in `edges`.

Constraints: 3 <= n <= 10^5; len(edges) == n; 1 <= a < b <= n; no edge appears twice; the edges
form a tree plus one edge.

Example: edges = [[1, 2], [2, 3], [1, 4], [3, 4], [4, 5]] -> [3, 4]
(the cycle is 1 - 2 - 3 - 4 - 1; of its edges, [3, 4] comes last)

Example: edges = [[1, 2], [1, 3], [2, 3]] -> [2, 3]
"""

from hypothesis import strategies as st

TITLE = "Redundant Connection"
CATEGORY = "graphs"
PATTERNS = ["graph", "union-find"]
DIFFICULTY = "medium"
FUNCTION = "find_redundant_connection"
COMPLEXITY = "O(n * α(n))"
TARGET_MINUTES = 20


def reference(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            # every other cycle edge came earlier, so this is the last one on the cycle
            return [a, b]
        parent[ra] = rb
    raise AssertionError("no redundant edge")


@st.composite
def _case(draw):
    n = draw(st.integers(3, 10))
    edges = {tuple(sorted((i, draw(st.integers(1, i - 1))))) for i in range(2, n + 1)}
    extra = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1) if (a, b) not in edges]
    edges.add(draw(st.sampled_from(extra)))
    return {"edges": [list(e) for e in draw(st.permutations(sorted(edges)))]}


def inputs():
    return _case()


EXAMPLES = [
    ({"edges": [[1, 2], [1, 3], [2, 3]]}, [2, 3]),
    ({"edges": [[1, 2], [2, 3], [3, 4], [1, 4]]}, [1, 4]),
    ({"edges": [[1, 2], [1, 3], [3, 4], [3, 5], [4, 5]]}, [4, 5]),
    ({"edges": [[1, 2], [2, 3], [3, 4], [4, 5], [1, 5]]}, [1, 5]),
]


def large(n, rng):
    """A star around node 1, listed spoke by spoke, then one edge between two spokes."""
    n = max(3, n)
    edges = [[1, k] for k in range(2, n + 1)]
    a, b = sorted(rng.sample(range(2, n + 1), 2))
    edges.append([a, b])
    return {"edges": edges}
