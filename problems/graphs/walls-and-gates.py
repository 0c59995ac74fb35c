"""Walls and Gates

You get an `m x n` grid `rooms` of integers: -1 is a wall, 0 is a gate, and 2147483647 (2^31 - 1,
called INF below) is an empty room. Replace every empty room's value with the number of steps
from it to the nearest gate, a step going up, down, left or right and never through a wall. A
room from which no gate can be reached keeps INF. Walls and gates stay as they are. Change
`rooms` itself and return nothing (the judge reads `rooms` after the call).

Constraints: 1 <= m, n <= 250; every cell is -1, 0 or 2147483647.

Example: rooms = [[INF, -1, 0, INF],
                  [0, INF, INF, -1],
                  [INF, -1, INF, INF]]
  -> rooms becomes [[1, -1, 0, 1],
                    [0, 1, 1, -1],
                    [1, -1, 2, 3]]

Example: rooms = [[0, -1, INF], [INF, -1, INF]] -> [[0, -1, INF], [1, -1, INF]]   (the rooms
right of the wall cannot reach the gate and keep INF)
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Walls and Gates"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "grid", "multi-source-bfs"]
DIFFICULTY = "medium"
FUNCTION = "walls_and_gates"
IN_PLACE = "rooms"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 20

INF = 2147483647


def reference(rooms: list[list[int]]) -> None:
    rows, cols = len(rooms), len(rooms[0])
    queue = deque((r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0)
    while queue:  # all gates at once: each room is reached first from its nearest gate
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] == INF:
                rooms[nr][nc] = rooms[r][c] + 1
                queue.append((nr, nc))


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    walls, gates = draw(st.sampled_from([(10, 10), (25, 10), (40, 5), (5, 30), (30, 0)]))

    def cell():
        roll = draw(st.integers(0, 99))
        return -1 if roll < walls else 0 if roll < walls + gates else INF

    return {"rooms": [[cell() for _ in range(cols)] for _ in range(rows)]}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"rooms": [[INF, -1, 0, INF], [0, INF, INF, -1], [INF, -1, INF, INF]]},
        [[1, -1, 0, 1], [0, 1, 1, -1], [1, -1, 2, 3]],
    ),
    ({"rooms": [[0]]}, [[0]]),
    ({"rooms": [[-1]]}, [[-1]]),
    ({"rooms": [[0], [INF], [INF]]}, [[0], [1], [2]]),
    ({"rooms": [[INF, INF], [0, -1], [-1, -1]]}, [[1, 2], [0, -1], [-1, -1]]),
    ({"rooms": [[0, INF, INF, 0], [-1, -1, -1, -1]]}, [[0, 1, 1, 0], [-1, -1, -1, -1]]),
    (
        {"rooms": [[INF, INF, INF], [INF, -1, INF], [INF, 0, INF], [-1, -1, -1]]},
        [[3, 4, 3], [2, -1, 2], [1, 0, 1], [-1, -1, -1]],
    ),
]


def large(n, rng):
    """About n cells in 40 columns, 5% gates and 20% walls: many gates, each with rooms
    around it."""
    cols = 40
    rows = max(1, n // cols)
    rooms = [
        [0 if x < 0.05 else -1 if x < 0.25 else INF for x in (rng.random() for _ in range(cols))]
        for _ in range(rows)
    ]
    return {"rooms": rooms}
