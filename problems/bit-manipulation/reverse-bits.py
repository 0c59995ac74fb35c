"""Reverse Bits

You get an unsigned 32-bit integer `n` (a Python int between 0 and 2^32 - 1). Write it as
exactly 32 binary digits, leading zeros included, reverse the order of those digits, and return
the unsigned integer they spell.

The leading zeros matter: 1 is `000...0001`, which reverses to `1000...000` = 2^31.

Constraints: 0 <= n <= 2^32 - 1.

Example: n = 1 -> 2147483648

Example: n = 6 -> 1610612736   (110 at the bottom becomes 011 at the top: 2^30 + 2^29)

Example: n = 4294967295 -> 4294967295   (all 32 bits set)
"""

from hypothesis import strategies as st

TITLE = "Reverse Bits"
CATEGORY = "bit-manipulation"
PATTERNS = ["bit-shifting"]
DIFFICULTY = "easy"
FUNCTION = "reverse_bits"
COMPLEXITY = "O(1)"
CPP = {"n": "uint32_t", "return": "uint32_t"}  # LeetCode's C++ types
TARGET_MINUTES = 10


def reference(n: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result


def inputs():
    return st.one_of(
        st.integers(0, 2**32 - 1),
        st.integers(0, 31).map(lambda b: 1 << b),
        st.integers(0, 64),
    ).map(lambda n: {"n": n})


EXAMPLES = [
    ({"n": 1}, 2147483648),
    ({"n": 6}, 1610612736),
    ({"n": 4294967295}, 4294967295),
    ({"n": 0}, 0),
    ({"n": 2147483648}, 1),
    ({"n": 43261596}, 964176192),
    ({"n": 0b1011}, 0b1101 << 28),
]


def large(n, rng):
    # the input is a single 32-bit word whatever n is
    return {"n": rng.getrandbits(32)}
