"""Clone Graph

You get one node of a connected undirected graph. Every node has an integer `val` and a list
`neighbors` of the nodes it shares an edge with. Return a deep copy of the whole graph: a new
node for every node, joined the same way, each copy's `neighbors` in the same order as the
original's. Return the copy of the node you were given. No node of the original may appear in
the copy.

A graph is written as its adjacency list: entry `i` lists the values of the neighbours of the
node whose value is `i + 1`, and you get the node with value 1. `[]` is the empty graph (you get
None and return None); `[[]]` is a single node without edges. Edges are undirected (if 2 lists 3,
3 lists 2), never repeated, and no node is its own neighbour.

Constraints: 0 <= number of nodes <= 100; node values are 1..n; the graph is connected.

Example: node = [[2, 3], [1, 3], [1, 2]] -> [[2, 3], [1, 3], [1, 2]]   (a triangle, copied)

Example: node = [[2], [1, 3], [2]] -> [[2], [1, 3], [2]]   (a path 1 - 2 - 3)
"""

from collections import deque

from hypothesis import strategies as st

from drill.kit import GraphNode

TITLE = "Clone Graph"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "clone_graph"
COMPLEXITY = "O(V + E)"
TARGET_MINUTES = 20


def reference(node: GraphNode | None) -> GraphNode | None:
    if node is None:
        return None
    copies = {node: GraphNode(node.val)}
    queue = deque([node])
    while queue:
        here = queue.popleft()
        for other in here.neighbors:
            if other not in copies:
                copies[other] = GraphNode(other.val)
                queue.append(other)
            copies[here].neighbors.append(copies[other])
    return copies[node]


def _adjacency(size, parents, extra, order_keys):
    """A connected graph on 1..size: node i joins parents[i] < i, plus the extra edges; each
    neighbour list is then put in the order given by order_keys."""
    edges = {(min(a, b), max(a, b)) for a, b in extra if a != b}
    edges |= {(parents[i], i) for i in range(2, size + 1)}
    adj: list[list[int]] = [[] for _ in range(size)]
    for a, b in sorted(edges):
        adj[a - 1].append(b)
        adj[b - 1].append(a)
    return [
        sorted(row, key=lambda v, i=i: order_keys[(i * 131 + v) % len(order_keys)])
        for i, row in enumerate(adj)
    ]


@st.composite
def _case(draw):
    size = draw(st.integers(0, 12))
    if size == 0:
        return {"node": []}
    parents = {i: draw(st.integers(1, i - 1)) for i in range(2, size + 1)}
    extra = draw(st.lists(st.tuples(st.integers(1, size), st.integers(1, size)), max_size=15))
    keys = draw(st.lists(st.integers(0, 99), min_size=1, max_size=20))
    return {"node": _adjacency(size, parents, extra, keys)}


def inputs():
    return _case()


EXAMPLES = [
    ({"node": [[2, 3], [1, 3], [1, 2]]}, [[2, 3], [1, 3], [1, 2]]),
    ({"node": [[2], [1, 3], [2]]}, [[2], [1, 3], [2]]),
    ({"node": []}, []),
    ({"node": [[]]}, [[]]),
    ({"node": [[2], [1]]}, [[2], [1]]),
    ({"node": [[2, 3, 4], [1], [1], [1]]}, [[2, 3, 4], [1], [1], [1]]),
]


def large(n, rng):
    """A ring of n/4 nodes with a random chord from each: about n neighbour entries to copy."""
    size = max(3, n // 4)
    adj: list[set[int]] = [set() for _ in range(size)]
    for i in range(size):
        j = (i + 1) % size
        adj[i].add(j + 1)
        adj[j].add(i + 1)
        k = rng.randrange(size)
        if k != i:
            adj[i].add(k + 1)
            adj[k].add(i + 1)
    return {"node": [sorted(row) for row in adj]}
