"""Happy Number

Start from a positive integer `n` and repeatedly replace it by the sum of the squares of its
decimal digits. If this process reaches 1 (where it stays), `n` is happy; otherwise it loops
forever through a cycle that never contains 1. Return True if `n` is happy, False otherwise.
Try to detect the cycle with O(1) extra memory.

Constraints: 1 <= n <= 2^31 - 1.

Example: n = 19 -> True   (1 + 81 = 82, 64 + 4 = 68, 36 + 64 = 100, 1 + 0 + 0 = 1)

Example: n = 2 -> False   (2, 4, 16, 37, 58, 89, 145, 42, 20, 4, ... loops)
"""

from hypothesis import strategies as st

TITLE = "Happy Number"
CATEGORY = "math-geometry"
PATTERNS = ["fast-slow-pointers", "hashing"]
DIFFICULTY = "easy"
FUNCTION = "is_happy"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 10


def _step(n):
    total = 0
    while n:
        n, digit = divmod(n, 10)
        total += digit * digit
    return total


def reference(n: int) -> bool:
    # Floyd: the slow walker moves one step, the fast one two; they meet on the cycle
    slow, fast = n, _step(n)
    while fast != 1 and slow != fast:
        slow = _step(slow)
        fast = _step(_step(fast))
    return fast == 1


def inputs():
    return (st.integers(1, 200) | st.integers(1, 2**31 - 1)).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 19}, True),
    ({"n": 2}, False),
    ({"n": 1}, True),
    ({"n": 7}, True),
    ({"n": 4}, False),
    ({"n": 10}, True),
    ({"n": 2147483647}, False),
]


def large(n, rng):
    return {"n": n}
