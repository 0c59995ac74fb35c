"""Sudoku Solver

You get a 9 x 9 Sudoku `board` as a list of rows; each cell is a digit "1".."9" or "." for an
empty cell. Fill every empty cell so that each row, each column and each of the nine 3 x 3 boxes
holds every digit from 1 to 9 exactly once. The given digits stay where they are. Every puzzle
has exactly one solution. Change `board` itself and return nothing (the judge reads `board`
after the call).

Constraints: the board is 9 x 9; the given digits break no rule; the solution is unique.

Boards below are written one string per row for short; the call gets lists of one-character
strings, `board[r][c]`.

Example: board = ["6.1732894",      -> board becomes ["651732894",
                  ".8916.3.7",                        "489165327",
                  ".27489516",                        "327489516",
                  "7329486.1",                        "732948651",
                  "1.5.73489",                        "165273489",
                  "948516.3.",                        "948516732",
                  "894651273",                        "894651273",
                  "27389.165",                        "273894165",
                  "516.2.94."]                        "516327948"]

Example: the same solved grid with its fifth row emptied except for its "9": every column is
missing exactly one digit, and that digit goes into the fifth row.

A board with forty or fifty empty cells needs trial and error: put a digit in, carry on, and
take it back when some later cell has no digit left (backtracking). Keeping, for each row,
column and box, the set of digits it already holds makes every trial cheap.
"""

from hypothesis import strategies as st

TITLE = "Sudoku Solver"
CATEGORY = "backtracking"
PATTERNS = ["backtracking", "constraint-propagation"]
DIFFICULTY = "hard"
FUNCTION = "solve_sudoku"
IN_PLACE = "board"
COMPLEXITY = "O(1)"  # always 81 cells; the search is bounded by a (large) constant
TARGET_MINUTES = 35

_ALL = 0x3FE  # bits 1..9


def _box(r: int, c: int) -> int:
    return (r // 3) * 3 + c // 3


def _search(board: list[list[str]], limit: int) -> int:
    """Count solutions up to `limit`, filling `board` with the first one found (kept filled
    only when limit == 1). Picks the empty cell with the fewest candidates first."""
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    empty = []
    for r in range(9):
        for c in range(9):
            ch = board[r][c]
            if ch == ".":
                empty.append((r, c))
            else:
                bit = 1 << int(ch)
                rows[r] |= bit
                cols[c] |= bit
                boxes[_box(r, c)] |= bit
    found = 0

    def go() -> bool:
        nonlocal found
        best, best_free, best_count = -1, 0, 10
        for i, (r, c) in enumerate(empty):
            if board[r][c] != ".":
                continue
            free = _ALL & ~(rows[r] | cols[c] | boxes[_box(r, c)])
            count = bin(free).count("1")
            if count < best_count:
                best, best_free, best_count = i, free, count
                if count <= 1:
                    break
        if best < 0:
            found += 1
            return found >= limit
        r, c = empty[best]
        b = _box(r, c)
        free = best_free
        while free:
            bit = free & -free
            free ^= bit
            board[r][c] = str(bit.bit_length() - 1)
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            if go():
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        board[r][c] = "."
        return False

    go()
    return found


def reference(board: list[list[str]]) -> None:
    _search(board, 1)


def _grid(digits, bands, stacks, rows_in, cols_in, flip):
    """A solved grid: the classic shifted pattern, relabelled and shuffled in ways that keep it
    valid (digits, bands of rows, rows inside a band, the same for columns, a transpose)."""
    order_r = [3 * bands[i // 3] + rows_in[i // 3][i % 3] for i in range(9)]
    order_c = [3 * stacks[i // 3] + cols_in[i // 3][i % 3] for i in range(9)]
    grid = [[str(digits[(3 * (r % 3) + r // 3 + c) % 9]) for c in order_c] for r in order_r]
    if flip:
        grid = [list(col) for col in zip(*grid, strict=True)]
    return grid


def _unique_holes(grid, order, holes):
    """Empty the cells of `order` one by one, skipping any whose removal would allow a second
    solution, until `holes` cells are empty."""
    board = [row[:] for row in grid]
    made = 0
    for cell in order:
        if made >= holes:
            break
        r, c = divmod(cell, 9)
        keep = board[r][c]
        board[r][c] = "."
        if _search([row[:] for row in board], 2) == 1:
            made += 1
        else:
            board[r][c] = keep
    return board


@st.composite
def _case(draw):
    perm3 = st.permutations(range(3))
    grid = _grid(
        draw(st.permutations(range(1, 10))),
        draw(perm3),
        draw(perm3),
        [draw(perm3) for _ in range(3)],
        [draw(perm3) for _ in range(3)],
        draw(st.booleans()),
    )
    order = draw(st.permutations(range(81)))
    holes = draw(st.sampled_from([1, 2, 5, 12, 25, 40, 45, 50]))  # more stalls naive solvers
    return {"board": _unique_holes(grid, order, holes)}


def inputs():
    return _case()


def _b(rows):
    return [list(row) for row in rows]


_G = [
    "651732894",
    "489165327",
    "327489516",
    "732948651",
    "165273489",
    "948516732",
    "894651273",
    "273894165",
    "516327948",
]

CPP = {"board": "vector<vector<char>>"}  # LeetCode's C++ board: one char a cell

EXAMPLES = [
    ({"board": _b([*_G[:8], ".16327948"])}, _b(_G)),
    ({"board": _b([*_G[:4], "........9", *_G[5:]])}, _b(_G)),
    ({"board": _b([*_G[:3], "732948...", "165273..9", "948516...", *_G[6:]])}, _b(_G)),
    (
        {
            "board": _b(
                [
                    "6.1732894",
                    ".8916.3.7",
                    ".27489516",
                    "7329486.1",
                    "1.5.73489",
                    "948516.3.",
                    "894651273",
                    "27389.165",
                    "516.2.94.",
                ]
            )
        },
        _b(_G),
    ),
    ({"board": _b(_G)}, _b(_G)),
]


def large(n, rng):
    """Always 9 x 9: a random grid with 45 cells emptied, the puzzle kept unique."""
    p3 = lambda: rng.sample(range(3), 3)  # noqa: E731
    grid = _grid(
        rng.sample(range(1, 10), 9),
        p3(),
        p3(),
        [p3() for _ in range(3)],
        [p3() for _ in range(3)],
        rng.random() < 0.5,
    )
    order = list(range(81))
    rng.shuffle(order)
    return {"board": _unique_holes(grid, order, 45)}
