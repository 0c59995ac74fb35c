"""Detect Squares

Design a class `DetectSquares` that collects points on a grid and counts squares through a query
point:

- `DetectSquares()` starts with no points.
- `add(point)` stores `point = [x, y]`. The same point may be added several times; each copy
  counts as a separate point. Returns nothing.
- `count(point)` returns in how many ways you can pick three stored points that, together with
  the query `point = [x, y]`, are the four corners of a square with positive area whose sides are
  parallel to the axes. The query point itself is not stored by `count`.

Two ways are different when they use a different stored copy for at least one corner, so if a
corner is stored twice it doubles the count of every square through it.

Constraints: 0 <= x, y <= 1000; at most 3000 calls in total.

Example: add([2, 1]); add([5, 1]); add([5, 4]); count([2, 4]) -> 1   (the 3-by-3 square with
corners (2,1), (5,1), (5,4), (2,4)); count([3, 3]) -> 0; add([5, 4]); count([2, 4]) -> 2   ((5,4)
is stored twice now, so there are two ways to pick that corner)
"""

from collections import Counter, defaultdict

from hypothesis import strategies as st

TITLE = "Detect Squares"
CATEGORY = "math-geometry"
PATTERNS = ["hashing", "design", "geometry"]
DIFFICULTY = "medium"
FUNCTION = "DetectSquares"
COMPLEXITY = "O(n * k)"  # n calls; a count walks the k distinct points in the query's column
CPP = {"count": "long long"}  # C++: the counts pass 2^31 on the large inputs
TARGET_MINUTES = 25


class DetectSquares:
    def __init__(self) -> None:
        self.copies: Counter[tuple[int, int]] = Counter()
        self.column: defaultdict[int, Counter[int]] = defaultdict(Counter)  # x -> y -> copies

    def add(self, point: list[int]) -> None:
        x, y = point
        self.copies[(x, y)] += 1
        self.column[x][y] += 1

    def count(self, point: list[int]) -> int:
        x, y = point
        total = 0
        # a second corner straight above or below the query fixes the side length d; the
        # square then lies to the left or to the right of that vertical side
        for y2, above in self.column[x].items():
            d = y2 - y
            if d == 0:
                continue
            for x2 in (x - d, x + d):
                total += above * self.copies[(x2, y)] * self.copies[(x2, y2)]
        return total


reference = DetectSquares


@st.composite
def _case(draw):
    # a 5-by-5 patch of the grid: squares (and repeated corners) are common
    size = draw(st.sampled_from([3, 5]))
    base = draw(st.sampled_from([0, 998 - size]))
    coord = st.integers(base, base + size - 1)
    ops = []
    for _ in range(draw(st.integers(1, 40))):
        point = [draw(coord), draw(coord)]
        if ops and draw(st.integers(0, 2)) == 0:
            # query a point already stored now and then: it must not be its own corner
            if draw(st.booleans()):
                stored = [args[0] for op, args in ops if op == "add"]
                if stored:
                    point = list(draw(st.sampled_from(stored)))
            ops.append(["count", [point]])
        else:
            ops.append(["add", [point]])
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {
            "init": {},
            "ops": [
                ["add", [[2, 1]]],
                ["add", [[5, 1]]],
                ["add", [[5, 4]]],
                ["count", [[2, 4]]],
                ["count", [[3, 3]]],
                ["add", [[5, 4]]],
                ["count", [[2, 4]]],
            ],
        },
        [None, None, None, 1, 0, None, 2],
    ),
    ({"init": {}, "ops": [["count", [[0, 0]]]]}, [0]),
    (
        {
            "init": {},
            "ops": [
                ["add", [[3, 1]]],
                ["add", [[3, 2]]],
                ["add", [[2, 1]]],
                ["count", [[2, 2]]],
                ["count", [[2, 3]]],
                ["add", [[2, 3]]],
                ["add", [[3, 3]]],
                ["count", [[2, 2]]],
            ],
        },
        [None, None, None, 1, 0, None, None, 2],
    ),
    (
        {
            "init": {},
            "ops": [
                ["add", [[1000, 1000]]],
                ["add", [[1000, 0]]],
                ["add", [[0, 1000]]],
                ["count", [[0, 0]]],
                ["count", [[0, 999]]],
            ],
        },
        [None, None, None, 1, 0],
    ),
]


def large(n, rng):
    """Many copies of a few points around one column, then many queries on that column."""
    spots = [[x, y] for x in (500, 503) for y in (100, 103, 106)] + [[497, 103], [497, 106]]
    half = n // 2
    ops = [["add", [list(rng.choice(spots))]] for _ in range(half)]
    ops += [["count", [[500, rng.choice((100, 103, 106))]]] for _ in range(n - half)]
    return {"init": {}, "ops": ops}
