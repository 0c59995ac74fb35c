"""Number of 1 Bits

You get an unsigned 32-bit integer `n` (a Python int between 0 and 2^32 - 1). Return how many of
its 32 bits are 1 (its "Hamming weight" or population count).

Try it with bit operations rather than converting to a string.

Constraints: 0 <= n <= 2^32 - 1.

Example: n = 11 -> 3   (binary 1011)

Example: n = 4294967293 -> 31   (binary 11111111111111111111111111111101)
"""

from hypothesis import strategies as st

TITLE = "Number of 1 Bits"
CATEGORY = "bit-manipulation"
PATTERNS = ["bit-counting"]
DIFFICULTY = "easy"
FUNCTION = "hamming_weight"
COMPLEXITY = "O(1)"
CPP = {"n": "uint32_t"}  # LeetCode's C++ type: n goes up to 2^32 - 1
TARGET_MINUTES = 10


def reference(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def inputs():
    return st.one_of(
        st.integers(0, 2**32 - 1),
        st.integers(0, 31).map(lambda b: 1 << b),
        st.integers(0, 64),
    ).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 11}, 3),
    ({"n": 4294967293}, 31),
    ({"n": 0}, 0),
    ({"n": 1}, 1),
    ({"n": 2**31}, 1),
    ({"n": 2**32 - 1}, 32),
    ({"n": 128}, 1),
]


def large(n, rng):
    # the input is a single 32-bit word whatever n is
    return {"n": rng.getrandbits(32)}
