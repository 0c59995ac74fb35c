"""Counting Bits

You get a non-negative integer `n`. Return a list `ans` of length `n + 1` where `ans[i]` is the
number of 1 bits in the binary form of `i`, for every `i` from 0 to `n` inclusive.

Aim for O(n) time overall.

Constraints: 0 <= n <= 10^5.

Example: n = 5 -> [0, 1, 1, 2, 1, 2]   (0, 1, 10, 11, 100, 101)

Example: n = 0 -> [0]
"""

from hypothesis import strategies as st

TITLE = "Counting Bits"
CATEGORY = "bit-manipulation"
PATTERNS = ["dp", "bit-counting"]
DIFFICULTY = "easy"
FUNCTION = "count_bits"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(n: int) -> list[int]:
    ans = [0] * (n + 1)
    for i in range(1, n + 1):
        ans[i] = ans[i >> 1] + (i & 1)
    return ans


def inputs():
    # mostly small n, sometimes past 255: a per-byte shortcut only shows beyond one byte
    return (st.integers(0, 70) | st.integers(250, 700)).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 5}, [0, 1, 1, 2, 1, 2]),
    ({"n": 0}, [0]),
    ({"n": 1}, [0, 1]),
    ({"n": 2}, [0, 1, 1]),
    ({"n": 8}, [0, 1, 1, 2, 1, 2, 2, 3, 1]),
]


def large(n, rng):
    return {"n": n}
