"""Graph Valid Tree

An undirected graph has `n` nodes labelled `0` to `n - 1` and the list of `edges`, each `[a, b]`
joining `a` and `b`. Return True when these edges make the graph a tree: every node can reach every
other one, and there is no cycle. Otherwise return False.

Constraints: 1 <= n <= 10^5; 0 <= len(edges) <= 10^5; 0 <= a, b < n; a != b; no pair of nodes
is joined twice.

Example: n = 5, edges = [[0, 1], [0, 2], [2, 3], [2, 4]] -> True

Example: n = 4, edges = [[0, 1], [2, 3]] -> False   (two pieces: 0 cannot reach 2)

Example: n = 3, edges = [[0, 1], [1, 2], [2, 0]] -> False   (a cycle)

Aim for about O(n + len(edges)) time.
"""

from hypothesis import strategies as st

TITLE = "Graph Valid Tree"
CATEGORY = "graphs"
PATTERNS = ["graph", "union-find"]
DIFFICULTY = "medium"
FUNCTION = "valid_tree"
COMPLEXITY = "O(n + E * α(n))"
TARGET_MINUTES = 15


def reference(n: int, edges: list[list[int]]) -> bool:
    if len(edges) != n - 1:
        return False  # a tree on n nodes has exactly n - 1 edges
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False  # this edge closes a cycle
        parent[ra] = rb
    return True  # n - 1 edges and no cycle: connected


@st.composite
def _case(draw):
    n = draw(st.integers(1, 9))
    # start from a random tree, then maybe drop or add edges
    edges = {tuple(sorted((i, draw(st.integers(0, i - 1))))) for i in range(1, n)}
    all_pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    for _ in range(draw(st.integers(0, 2))):
        if edges and draw(st.booleans()):
            edges.discard(draw(st.sampled_from(sorted(edges))))
        if len(edges) < len(all_pairs) and draw(st.booleans()):
            edges.add(draw(st.sampled_from([p for p in all_pairs if p not in edges])))
    edges_list = [list(e) if draw(st.booleans()) else [e[1], e[0]] for e in sorted(edges)]
    order = draw(st.permutations(edges_list)) if edges_list else []
    return {"n": n, "edges": list(order)}


def inputs():
    return _case()


EXAMPLES = [
    ({"n": 1, "edges": []}, True),
    ({"n": 2, "edges": [[1, 0]]}, True),
    ({"n": 5, "edges": [[0, 1], [0, 2], [2, 3], [2, 4]]}, True),
    ({"n": 4, "edges": [[3, 2], [1, 2], [0, 1]]}, True),
    ({"n": 5, "edges": [[0, 1], [1, 2], [2, 0]]}, False),
    ({"n": 6, "edges": [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]]}, False),
]


def large(n, rng):
    """A long, thin tree on n nodes, each edge growing the one big piece built so far:
    every check has to run to the end."""
    edges = [[rng.randrange(max(0, i - 3), i), i] for i in range(1, n)]
    return {"n": n, "edges": edges}
