"""Word Search II

You get a grid `board` of lowercase letters and a list of distinct `words`. A word is on the board
if it can be spelled by a path of cells where each step moves to a horizontally or vertically
adjacent cell and no cell is used twice within the same word. Return every word from `words` that
is on the board, each once, in any order.

Constraints: 1 <= rows, columns <= 200; 1 <= len(words) <= 10^4; 1 <= len(word) <= 10;
all words are distinct.

Example: board = [["o", "a", "t"],
                  ["e", "t", "a"],
                  ["i", "h", "k"]], words = ["oat", "eat", "tat", "hike", "oath"]
-> ["oat", "tat", "oath"]   (no "a" touches the "e"; the "k" has no "e" beside it for "hike")

Example: board = [["a", "b"]], words = ["aba", "ab"] -> ["ab"]   ("aba" would reuse the a)
"""

from hypothesis import strategies as st

TITLE = "Word Search II"
CATEGORY = "tries"
PATTERNS = ["trie", "backtracking"]
DIFFICULTY = "hard"
FUNCTION = "find_words"
COMPLEXITY = (
    "O(n)"  # n = board cells; words are at most 10 long, so each start explores a bounded tree
)
TARGET_MINUTES = 45


def reference(board: list[list[str]], words: list[str]) -> list[str]:
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, parent):
        ch = board[r][c]
        node = parent[ch]
        if "$" in node:
            found.append(node.pop("$"))  # report each word once
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch
        if not node:  # prune exhausted branches
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return found


@st.composite
def _case(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    board = [[draw(st.sampled_from("abc")) for _ in range(cols)] for _ in range(rows)]
    words = set(draw(st.lists(st.text("abc", min_size=1, max_size=5), max_size=8)))
    for _ in range(draw(st.integers(0, 3))):  # a few words read off random walks (may repeat cells)
        r, c, word = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1)), ""
        for _ in range(draw(st.integers(1, 6))):
            word += board[r][c]
            dr, dc = draw(st.sampled_from([(0, 1), (1, 0), (0, -1), (-1, 0)]))
            r, c = min(max(r + dr, 0), rows - 1), min(max(c + dc, 0), cols - 1)
        words.add(word)
    return {"board": board, "words": sorted(words) or ["a"]}


def inputs():
    return _case()


EXAMPLES = [
    (
        {
            "board": [["o", "a", "t"], ["e", "t", "a"], ["i", "h", "k"]],
            "words": ["oat", "eat", "tat", "hike", "oath"],
        },
        ["oat", "tat", "oath"],
    ),
    ({"board": [["a", "b"]], "words": ["aba", "ab"]}, ["ab"]),
    ({"board": [["a"]], "words": ["a", "aa", "b"]}, ["a"]),
    ({"board": [["a", "a"], ["a", "a"]], "words": ["aaaa", "aaaaa"]}, ["aaaa"]),
    (
        {"board": [["a", "b"], ["c", "d"]], "words": ["abdc", "acdb", "ad", "abcd"]},
        ["abdc", "acdb"],
    ),
    ({"board": [["x", "y", "z"]], "words": ["zyx", "xz"]}, ["zyx"]),
]


def large(n, rng):
    """A board of about n letters without any "z", 50 words read off it, and n/32 words that
    start with "z".

    The trie stops every search at the first cell for the "z" words, so its work stays about
    linear in the board; a search run separately for each word pays for every "z" word on every
    cell.
    """
    side = max(1, int(n**0.5))
    letters = "abcdefghijklmnopqrstuvwxyz"
    board = [[rng.choice(letters[:-1]) for _ in range(side)] for _ in range(side)]
    count = min(10**4 - 50, max(4, n // 32))
    words = {
        "z" + "".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(count)
    }
    for _ in range(50):  # words that really are on the board (straight runs)
        r, c = rng.randrange(side), rng.randrange(max(1, side - 6))
        words.add("".join(board[r][c : c + 6]))
    return {"board": board, "words": sorted(words)}


def check(kwargs, expected, got) -> bool:
    try:
        return (
            isinstance(got, list) and len(got) == len(set(got)) and sorted(got) == sorted(expected)
        )
    except TypeError:
        return False
