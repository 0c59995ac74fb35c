"""Find Median from Data Stream

Numbers arrive one at a time; at any moment you may be asked for the median of all numbers seen
so far (the middle value once sorted, or the mean of the two middle values for an even count).
Implement a class `MedianFinder` with:

- `MedianFinder()` starts with no numbers;
- `add_num(num)` adds an integer;
- `find_median()` returns the current median as a float (only called after at least one add).

Aim for O(log n) per `add_num` and O(1) per `find_median`. Answers are compared within a
relative tolerance of 1e-6.

Constraints: -10^5 <= num <= 10^5; at most 5 * 10^4 calls.

Example: add_num(1), add_num(2), find_median() -> 1.5, add_num(3), find_median() -> 2.0
"""

import heapq

from hypothesis import strategies as st

TITLE = "Find Median from Data Stream"
CATEGORY = "heap"
PATTERNS = ["two-heaps", "design"]
DIFFICULTY = "hard"
FUNCTION = "MedianFinder"
COMPLEXITY = "O(n log n)"  # for n operations
TOLERANCE = 1e-6  # a float answer: equal within one part in a million
TARGET_MINUTES = 25


class MedianFinder:
    def __init__(self) -> None:
        self.low: list[int] = []  # max-heap (negated) of the smaller half
        self.high: list[int] = []  # min-heap of the larger half

    def add_num(self, num: int) -> None:
        heapq.heappush(self.low, -heapq.heappushpop(self.high, num))
        if len(self.low) > len(self.high):
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def find_median(self) -> float:
        if len(self.high) > len(self.low):
            return float(self.high[0])
        return (self.high[0] - self.low[0]) / 2


reference = MedianFinder


@st.composite
def _case(draw):
    ops, count = [], 0
    for _ in range(draw(st.integers(0, 30))):
        if count and draw(st.booleans()):
            ops.append(["find_median", []])
        else:
            ops.append(["add_num", [draw(st.integers(-20, 20))]])
            count += 1
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"init": {}, "ops": [["add_num", [1]], ["add_num", [2]], ["find_median", []],
                             ["add_num", [3]], ["find_median", []]]},
        [None, None, 1.5, None, 2.0],
    ),
    ({"init": {}, "ops": [["add_num", [-7]], ["find_median", []]]}, [None, -7.0]),
    (
        {"init": {}, "ops": [["add_num", [5]], ["add_num", [5]], ["find_median", []]]},
        [None, None, 5.0],
    ),
    (
        {"init": {}, "ops": [["add_num", [6]], ["add_num", [10]], ["add_num", [2]],
                             ["add_num", [6]], ["find_median", []], ["add_num", [5]],
                             ["find_median", []]]},
        [None, None, None, None, 6.0, None, 6.0],
    ),
    (
        {"init": {}, "ops": [["add_num", [-1]], ["add_num", [-2]], ["find_median", []]]},
        [None, None, -1.5],
    ),
]


def large(n, rng):
    ops = [["add_num", [rng.randint(-(10**5), 10**5)]]]
    for _ in range(n - 1):
        if rng.random() < 0.5:
            ops.append(["find_median", []])
        else:
            ops.append(["add_num", [rng.randint(-(10**5), 10**5)]])
    return {"init": {}, "ops": ops}
