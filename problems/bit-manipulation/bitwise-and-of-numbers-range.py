"""Bitwise AND of Numbers Range

Given two integers `left <= right`, return the bitwise AND of every integer from `left` to
`right`, both included.

Constraints: 0 <= left <= right <= 2^31 - 1.

Example: left = 12, right = 15 -> 12   (1100 & 1101 & 1110 & 1111 = 1100)

Example: left = 6, right = 9 -> 0   (0110, 0111, 1000, 1001: every bit is 0 somewhere)

Aim for O(1) time: the range may hold two billion numbers.
"""

from hypothesis import strategies as st

TITLE = "Bitwise AND of Numbers Range"
CATEGORY = "bit-manipulation"
PATTERNS = ["bit-shifting", "common-prefix"]
DIFFICULTY = "medium"
FUNCTION = "range_bitwise_and"
COMPLEXITY = "O(1)"
TARGET_MINUTES = 15

INT_MAX = 2**31 - 1


def reference(left: int, right: int) -> int:
    # Any bit below the highest bit where left and right differ is 0 somewhere in the range
    # (counting up through it flips it); the bits above it never change. So the answer is the
    # common high prefix of left and right, followed by zeros.
    shift = 0
    while left != right:
        left >>= 1
        right >>= 1
        shift += 1
    return left << shift


@st.composite
def _case(draw):
    # ranges of up to a few thousand numbers (anywhere in 0..2^31 - 1), so that walking the
    # range is merely slow; the growth check catches that
    kind = draw(st.sampled_from(["small", "short", "long", "equal"]))
    if kind == "small":
        left = draw(st.integers(0, 40))
        right = draw(st.integers(left, 64))
    elif kind == "short":  # a short range, often straddling a multiple of a power of two
        left = draw(st.integers(0, INT_MAX - 20))
        right = left + draw(st.integers(1, 20))
    elif kind == "long":
        left = draw(st.integers(0, INT_MAX))
        right = min(INT_MAX, left + draw(st.integers(0, 5000)))
    else:
        left = right = draw(st.integers(0, INT_MAX))
    return {"left": left, "right": right}


def inputs():
    return _case()


EXAMPLES = [
    ({"left": 12, "right": 15}, 12),
    ({"left": 6, "right": 9}, 0),
    ({"left": 8, "right": 9}, 8),
    ({"left": 0, "right": 1}, 0),
    ({"left": 26, "right": 27}, 26),
    ({"left": 0, "right": 9}, 0),
    ({"left": 2147483584, "right": 2147483647}, 2147483584),
]


def large(n, rng):
    # two 31-bit numbers whatever n is; a loop over the range runs about 4n times
    left = 2**30 + rng.randint(0, 2**20)
    return {"left": left, "right": left + 4 * n}
