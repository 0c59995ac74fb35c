"""Word Search

You are given a grid `board` of single uppercase letters and a string `word`. Decide whether `word`
can be spelled by a path of cells in the grid: start on any cell, then step each time to a cell
sharing an edge with the current one (up, down, left or right, never diagonally). A cell may be
used at most once in the same path.

Constraints: 1 <= rows, cols <= 6; 1 <= len(word) <= 15; `board` and `word` hold only 'A'-'Z'.

Example: board = [["C", "A", "T"],
                  ["X", "R", "S"]], word = "CARS" -> True   (C, A to the right, R below, S right)

Example: same board, word = "CAC" -> False   (it would need the single C twice)

Return True or False.
"""

import math

from hypothesis import strategies as st

TITLE = "Word Search"
CATEGORY = "backtracking"
PATTERNS = ["backtracking", "grid-dfs"]
DIFFICULTY = "medium"
FUNCTION = "exist"
COMPLEXITY = "O(r * c * 3^L)"   # r x c grid, word length L
TARGET_MINUTES = 25


def reference(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    grid = [row[:] for row in board]

    def dfs(r: int, c: int, k: int) -> bool:
        if grid[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        grid[r][c] = "#"  # mark as used on this path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, k + 1):
                grid[r][c] = word[k]
                return True
        grid[r][c] = word[k]  # unmark when backing out
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))


_STEPS = [(1, 0), (-1, 0), (0, 1), (0, -1)]
_KING = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


@st.composite
def _trap(draw):
    """A's with a single B, and a word of A's around one B that needs nearly every cell."""
    rows, cols = draw(st.integers(2, 4)), draw(st.integers(3, 4))
    board = [["A"] * cols for _ in range(rows)]
    board[draw(st.integers(0, rows - 1))][draw(st.integers(0, cols - 1))] = "B"
    length = draw(st.integers(rows * cols - 4, min(15, rows * cols)))
    before = draw(st.integers(0, length - 1))
    return {"board": board, "word": "A" * before + "B" + "A" * (length - 1 - before)}


@st.composite
def _case(draw):
    mode = draw(st.sampled_from(["walk", "path", "path", "king", "random"]))
    low = 3 if mode in ("path", "king") else 1
    rows, cols = draw(st.integers(low, 5)), draw(st.integers(low, 5))
    letters = draw(st.sampled_from(["A", "AB", "AAB", "AAAB", "ABC"]))
    board = [[draw(st.sampled_from(letters)) for _ in range(cols)] for _ in range(rows)]
    r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
    word = board[r][c]
    if mode == "walk":
        # a random walk (cells may repeat, so the word may or may not exist)
        for _ in range(draw(st.integers(0, 7))):
            dr, dc = draw(st.sampled_from(_STEPS))
            if 0 <= r + dr < rows and 0 <= c + dc < cols:
                r, c = r + dr, c + dc
                word += board[r][c]
    elif mode in ("path", "king"):
        # a long path that never repeats a cell, so the word exists; a "king" path may also step
        # diagonally, so the word may or may not exist
        steps = _KING if mode == "king" else _STEPS
        used = {(r, c)}
        for _ in range(draw(st.integers(5, 14))):
            options = [(r + dr, c + dc) for dr, dc in steps
                       if 0 <= r + dr < rows and 0 <= c + dc < cols
                       and (r + dr, c + dc) not in used]
            if not options:
                break
            r, c = draw(st.sampled_from(options))
            used.add((r, c))
            word += board[r][c]
    else:
        word = "".join(draw(st.lists(st.sampled_from(letters), min_size=1, max_size=8)))
    return {"board": board, "word": word}


def inputs():
    # the trap boards catch a search that marks cells but never unmarks them: a dead-end branch
    # leaves behind cells that the winding real path needs
    return st.one_of(_case(), _trap())


EXAMPLES = [
    ({"board": [["C", "A", "T"], ["X", "R", "S"]], "word": "CARS"}, True),
    ({"board": [["C", "A", "T"], ["X", "R", "S"]], "word": "CATS"}, True),
    ({"board": [["C", "A", "T"], ["X", "R", "S"]], "word": "CAC"}, False),
    ({"board": [["A"]], "word": "A"}, True),
    ({"board": [["A"]], "word": "AA"}, False),
    ({"board": [["A", "B"], ["C", "D"]], "word": "ABDCA"}, False),
    ({"board": [["A", "B"], ["C", "D"]], "word": "ABDC"}, True),
    ({"board": [["A", "B"], ["A", "A"]], "word": "AAAB"}, True),
]


def large(n, rng):
    """A 6x6 board of A's and a word of about log2(n) - 5 letters that can never be finished.

    The word is A...AB, and the only B sits in a corner fenced off by C's, so every path of A's
    is walked to its end: the work grows about 2-2.8 times per letter, about linearly in n.
    """
    length = max(2, min(15, round(math.log2(max(n, 2))) - 5))
    board = [["A"] * 6 for _ in range(6)]
    board[0][0], board[0][1], board[1][0] = "B", "C", "C"
    return {"board": board, "word": "A" * (length - 1) + "B"}
