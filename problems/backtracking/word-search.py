"""Word Search

You are given a grid `board` of single uppercase letters and a string `word`. Decide whether `word`
can be spelled by a path of cells in the grid: start on any cell, then step each time to a cell
sharing an edge with the current one (up, down, left or right, never diagonally). A cell may be
used at most once in the same path.

Constraints: 1 <= rows, cols <= 1000; rows * cols <= 10^5; 1 <= len(word) <= 15;
`board` and `word` hold only 'A'-'Z'.

Example: board = [["C", "A", "T"],
                  ["X", "R", "S"]], word = "CARS" -> True   (C, A to the right, R below, S right)

Example: same board, word = "CAC" -> False   (it would need the single C twice)

Return True or False.
"""

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


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    letters = draw(st.sampled_from(["A", "AB", "ABC"]))
    board = [[draw(st.sampled_from(letters)) for _ in range(cols)] for _ in range(rows)]
    if draw(st.booleans()):
        # walk a random path (cells may repeat, so the word may or may not exist)
        r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        word = board[r][c]
        for _ in range(draw(st.integers(0, 7))):
            dr, dc = draw(st.sampled_from([(1, 0), (-1, 0), (0, 1), (0, -1)]))
            if 0 <= r + dr < rows and 0 <= c + dc < cols:
                r, c = r + dr, c + dc
                word += board[r][c]
    else:
        word = "".join(draw(st.lists(st.sampled_from(letters), min_size=1, max_size=8)))
    return {"board": board, "word": word}


def inputs():
    return _case()


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
    """A grid of about n random letters (50 columns) and a 6-letter word planted near the end."""
    cols = 50
    rows = max(1, n // cols)
    board = [[chr(65 + rng.randrange(26)) for _ in range(cols)] for _ in range(rows)]
    word = "".join(chr(65 + rng.randrange(26)) for _ in range(6))
    r = rows - 1
    for i, ch in enumerate(word):  # along the last row, right to left end
        board[r][cols - 6 + i] = ch
    return {"board": board, "word": word}
