"""Surrounded Regions

You get an `m x n` board whose cells are the strings "X" and "O". A region is a group of "O"
cells joined through their edges (up, down, left, right; diagonal contact does not join). A
region that has no cell on the outer edge of the board is surrounded: turn every cell of it into
"X". Regions that reach the edge stay as they are. Change `board` itself and return nothing (the
judge reads `board` after the call).

Constraints: 1 <= m, n <= 200; every cell is "X" or "O".

Example: board = [["X", "X", "X", "X", "X"],
                  ["X", "O", "O", "X", "O"],
                  ["X", "X", "O", "X", "X"],
                  ["X", "X", "X", "X", "X"]]
  -> board becomes [["X", "X", "X", "X", "X"],
                    ["X", "X", "X", "X", "O"],
                    ["X", "X", "X", "X", "X"],
                    ["X", "X", "X", "X", "X"]]   (only the "O" on the right edge survives)

Example: board = [["X", "O", "X"], ["O", "O", "X"], ["X", "X", "X"]] -> unchanged (the middle "O"
is joined to "O"s on the edge)
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Surrounded Regions"
CATEGORY = "graphs"
PATTERNS = ["graph", "bfs", "grid"]
DIFFICULTY = "medium"
FUNCTION = "solve"
IN_PLACE = "board"
COMPLEXITY = "O(r * c)"
TARGET_MINUTES = 20


def reference(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    safe = [[False] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O":
                safe[r][c] = True
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and not safe[nr][nc]:
                safe[nr][nc] = True
                queue.append((nr, nc))
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and not safe[r][c]:
                board[r][c] = "X"


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    share = draw(st.sampled_from([30, 50, 70]))
    board = [
        ["O" if draw(st.integers(0, 99)) < share else "X" for _ in range(cols)] for _ in range(rows)
    ]
    return {"board": board}


def inputs():
    return _case()


EXAMPLES = [
    (
        {
            "board": [
                ["X", "X", "X", "X", "X"],
                ["X", "O", "O", "X", "O"],
                ["X", "X", "O", "X", "X"],
                ["X", "X", "X", "X", "X"],
            ]
        },
        [
            ["X", "X", "X", "X", "X"],
            ["X", "X", "X", "X", "O"],
            ["X", "X", "X", "X", "X"],
            ["X", "X", "X", "X", "X"],
        ],
    ),
    (
        {"board": [["X", "O", "X"], ["O", "O", "X"], ["X", "X", "X"]]},
        [["X", "O", "X"], ["O", "O", "X"], ["X", "X", "X"]],
    ),
    ({"board": [["X"]]}, [["X"]]),
    ({"board": [["X", "O", "X"]]}, [["X", "O", "X"]]),
    (
        {"board": [["X", "X", "X"], ["X", "O", "X"], ["X", "X", "X"]]},
        [["X", "X", "X"], ["X", "X", "X"], ["X", "X", "X"]],
    ),
    (
        {"board": [["X", "O", "X"], ["X", "O", "X"], ["X", "O", "X"], ["X", "X", "X"]]},
        [["X", "O", "X"], ["X", "O", "X"], ["X", "O", "X"], ["X", "X", "X"]],
    ),
    (
        {
            "board": [
                ["X", "X", "X", "X", "X"],
                ["X", "O", "O", "O", "X"],
                ["X", "O", "X", "O", "O"],
                ["X", "X", "X", "X", "X"],
            ]
        },
        [
            ["X", "X", "X", "X", "X"],
            ["X", "O", "O", "O", "X"],
            ["X", "O", "X", "O", "O"],
            ["X", "X", "X", "X", "X"],
        ],
    ),
]


def large(n, rng):
    """A square board of about n cells: an "X" frame around mostly "O" cells, so one big
    region is surrounded and has to be flipped."""
    side = max(3, round(n**0.5))
    board = [["O" if rng.random() < 0.75 else "X" for _ in range(side)] for _ in range(side)]
    for i in range(side):
        board[0][i] = board[side - 1][i] = board[i][0] = board[i][side - 1] = "X"
    board[0][side // 2] = "O"  # one opening in the frame keeps part of it
    return {"board": board}
