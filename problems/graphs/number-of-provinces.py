"""Number of Provinces

There are `n` cities. `is_connected` is an `n x n` matrix where `is_connected[i][j]` is 1 when
cities `i` and `j` share a direct road and 0 otherwise; the matrix is symmetric and every city is
connected to itself. A province is a largest group of cities that can all reach each other,
directly or through other cities of the group. Return the number of provinces.

Constraints: 1 <= n <= 200; every entry is 0 or 1; is_connected[i][i] == 1;
is_connected[i][j] == is_connected[j][i].

Example: is_connected = [[1, 0, 1],
                         [0, 1, 0],
                         [1, 0, 1]] -> 2   (cities 0 and 2 together, city 1 alone)

Example: is_connected = [[1, 0, 0, 1],
                         [0, 1, 1, 0],
                         [0, 1, 1, 1],
                         [1, 0, 1, 1]] -> 1   (0 - 3 - 2 - 1: one province through city 3 and 2)
"""

from hypothesis import strategies as st

TITLE = "Number of Provinces"
CATEGORY = "graphs"
PATTERNS = ["graph", "dfs", "union-find"]
DIFFICULTY = "medium"
FUNCTION = "find_circle_num"
COMPLEXITY = "O(n^2)"
TARGET_MINUTES = 15


def reference(is_connected: list[list[int]]) -> int:
    n = len(is_connected)
    seen = [False] * n
    provinces = 0
    for start in range(n):
        if seen[start]:
            continue
        provinces += 1
        seen[start] = True
        stack = [start]
        while stack:
            city = stack.pop()
            row = is_connected[city]
            for other in range(n):
                if row[other] and not seen[other]:
                    seen[other] = True
                    stack.append(other)
    return provinces


def _matrix(n, roads):
    m = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    for a, b in roads:
        m[a][b] = m[b][a] = 1
    return m


@st.composite
def _case(draw):
    n = draw(st.integers(1, 10))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    roads = draw(st.lists(pair, max_size=draw(st.sampled_from([2, 5, 12]))))
    return {"is_connected": _matrix(n, roads)}


def inputs():
    return _case()


EXAMPLES = [
    ({"is_connected": [[1]]}, 1),
    ({"is_connected": [[1, 0], [0, 1]]}, 2),
    ({"is_connected": [[1, 1], [1, 1]]}, 1),
    ({"is_connected": [[1, 0, 1], [0, 1, 0], [1, 0, 1]]}, 2),
    ({"is_connected": [[1, 1, 1], [1, 1, 0], [1, 0, 1]]}, 1),
    ({"is_connected": _matrix(5, [(0, 1), (0, 2), (3, 4)])}, 2),
]


def large(n, rng):
    """About sqrt(n) cities (an n-entry matrix) with sparse random roads."""
    k = max(2, int(n**0.5))
    roads = [(rng.randrange(k), rng.randrange(k)) for _ in range(k * 3 // 4)]
    return {"is_connected": _matrix(k, roads)}
