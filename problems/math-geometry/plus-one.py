"""Plus One

A non-negative integer is given as the list of its decimal digits, most significant digit first:
`[4, 0, 7]` is 407. There are no leading zeros, except for the number 0 itself, which is `[0]`.
Return the digits of that number plus one, in the same form. The result may be one digit longer
than the input.

Constraints: 1 <= len(digits) <= 10^4; 0 <= digits[i] <= 9; digits[0] != 0 unless the number is 0.
The number can be far longer than any machine integer: work on the digits.

Example: digits = [4, 0, 7] -> [4, 0, 8]

Example: digits = [2, 3, 9] -> [2, 4, 0]   (9 + 1 = 10: write 0, carry 1 into the tens)
"""

from hypothesis import strategies as st

TITLE = "Plus One"
CATEGORY = "math-geometry"
PATTERNS = ["carry", "array"]
DIFFICULTY = "easy"
FUNCTION = "plus_one"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(digits: list[int]) -> list[int]:
    out = list(digits)
    for i in range(len(out) - 1, -1, -1):
        if out[i] < 9:
            out[i] += 1
            return out
        out[i] = 0  # 9 + 1: write 0 and carry on to the next digit to the left
    return [1, *out]  # every digit was 9


@st.composite
def _case(draw):
    # a free prefix, then a run of nines the carry has to cross (often the whole number)
    nines = draw(st.integers(0, 12))
    prefix = draw(st.lists(st.integers(0, 9), max_size=10))
    if prefix and prefix[0] == 0:
        prefix[0] = draw(st.integers(1, 8))
    digits = prefix + [9] * nines
    if not digits:
        digits = [draw(st.integers(0, 9))]
    return {"digits": digits}


def inputs():
    return _case()


EXAMPLES = [
    ({"digits": [4, 0, 7]}, [4, 0, 8]),
    ({"digits": [2, 3, 9]}, [2, 4, 0]),
    ({"digits": [0]}, [1]),
    ({"digits": [8]}, [9]),
    ({"digits": [1, 0, 9]}, [1, 1, 0]),
    ({"digits": [7, 0, 0, 8]}, [7, 0, 0, 9]),
    (
        {"digits": [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4]},
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 5],
    ),
]


def large(n, rng):
    """A leading 1..8, then n - 1 nines: the carry runs the whole length."""
    return {"digits": [rng.randint(1, 8)] + [9] * (n - 1)}
