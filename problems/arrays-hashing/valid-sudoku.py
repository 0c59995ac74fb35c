"""Valid Sudoku

You get a partly filled 9 x 9 Sudoku grid `board`: a list of 9 rows, each a list of 9 one-letter
strings, either a digit `"1"` to `"9"` or `"."` for an empty cell. Return `True` when the filled
cells break no rule, and `False` otherwise. The rules: no digit appears twice in a row, no digit
appears twice in a column, and no digit appears twice in any of the nine 3 x 3 boxes the grid is
cut into (rows 0-2, 3-5, 6-8 crossed with columns 0-2, 3-5, 6-8).

Only the filled cells are judged: a board can be valid without having a solution.

Constraints: `board` is 9 x 9; every cell is `"1"`-`"9"` or `"."`.

Example: a board whose only digits are a `"5"` at row 0, column 0 and another `"5"` at row 1,
column 2 -> False   (different rows and columns, but the same top-left box)

Example: an empty board (every cell `"."`) -> True
"""

from hypothesis import strategies as st

TITLE = "Valid Sudoku"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing", "matrix"]
DIFFICULTY = "medium"
FUNCTION = "is_valid_sudoku"
COMPLEXITY = "O(1)"  # always 81 cells
TARGET_MINUTES = 15


def reference(board: list[list[str]]) -> bool:
    seen: set[tuple] = set()
    for r in range(9):
        for c in range(9):
            d = board[r][c]
            if d == ".":
                continue
            keys = [("row", r, d), ("col", c, d), ("box", r // 3, c // 3, d)]
            if any(k in seen for k in keys):
                return False
            seen.update(keys)
    return True


def _solved(rows: list[int], cols: list[int], digits: list[int]) -> list[list[int]]:
    # a standard pattern for a solved grid; shuffling rows within bands, columns within stacks
    # and renaming the digits keeps it solved
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]


def _bandwise(draw) -> list[int]:
    bands = draw(st.permutations([0, 1, 2]))
    return [3 * b + i for b in bands for i in draw(st.permutations([0, 1, 2]))]


def _empty() -> list[list[str]]:
    return [["."] * 9 for _ in range(9)]


@st.composite
def _case(draw):
    grid = _solved(_bandwise(draw), _bandwise(draw), list(draw(st.permutations(range(1, 10)))))
    keep = draw(st.integers(0, 81))
    cells = draw(st.permutations([(r, c) for r in range(9) for c in range(9)]))[:keep]
    board = _empty()
    for r, c in cells:
        board[r][c] = str(grid[r][c])
    kind = draw(st.sampled_from(["valid", "row", "col", "box", "box", "random"]))
    if kind == "random":
        board = _empty()
        for _ in range(draw(st.integers(0, 12))):
            r, c = draw(st.integers(0, 8)), draw(st.integers(0, 8))
            board[r][c] = str(draw(st.integers(1, 9)))
    elif kind != "valid":
        # two cells sharing exactly one unit (a row, a column, or only a box) hold the same digit
        r, c = draw(st.integers(0, 8)), draw(st.integers(0, 8))
        if kind == "row":
            r2, c2 = r, draw(st.integers(0, 8).filter(lambda x: x // 3 != c // 3))
        elif kind == "col":
            r2, c2 = draw(st.integers(0, 8).filter(lambda x: x // 3 != r // 3)), c
        else:
            r2 = 3 * (r // 3) + draw(st.sampled_from([i for i in range(3) if i != r % 3]))
            c2 = 3 * (c // 3) + draw(st.sampled_from([i for i in range(3) if i != c % 3]))
        d = str(draw(st.integers(1, 9)))
        for row in board:  # that digit nowhere else, so this pair is the only clash
            for j, cell in enumerate(row):
                if cell == d:
                    row[j] = "."
        board[r][c] = board[r2][c2] = d
    return {"board": board}


def inputs():
    return _case()


_SOLVED = [
    "534678912",
    "672195348",
    "198342567",
    "859761423",
    "426853791",
    "713924856",
    "961537284",
    "287419635",
    "345286179",
]


def _board(rows: list[str]) -> list[list[str]]:
    return [list(row) for row in rows]


CPP = {"board": "vector<vector<char>>"}  # LeetCode's C++ board: one char a cell

EXAMPLES = [
    ({"board": _empty()}, True),
    ({"board": _board(_SOLVED)}, True),
    (
        {
            "board": _board(
                [
                    "53..7....",
                    "6..195...",
                    ".98....6.",
                    "8...6...3",
                    "4..8.3..1",
                    "7...2...6",
                    ".6....28.",
                    "...419..5",
                    "....8..79",
                ]
            )
        },
        True,
    ),
    (
        {
            "board": _board(
                [
                    "53..7...5",
                    "6..195...",
                    ".98....6.",
                    "8...6...3",
                    "4..8.3..1",
                    "7...2...6",
                    ".6....28.",
                    "...419..5",
                    "....8..79",
                ]
            )
        },
        False,
    ),
    ({"board": _board(["........."] * 8 + ["9.......9"])}, False),
    ({"board": _board(["....1....", "........."] + ["....2...."] + ["........."] * 6)}, True),
]


def large(n, rng):
    # a board is always 9 x 9: a full solved grid makes every check run
    rows = rng.sample(range(3), 3)
    return {"board": _board([_SOLVED[3 * b + i] for b in rows for i in range(3)])}
