"""Excel Sheet Column Title

Spreadsheet columns are labelled A, B, ..., Z, then AA, AB, ..., AZ, BA, ..., ZZ, then AAA, and so
on. Given a column number (column 1 is A), return its label.

Note that this is not ordinary base 26: there is no digit for zero. A is 1 and Z is 26, so 26 is
"Z" and 27 is "AA".

Constraints: 1 <= column_number <= 2^31 - 1.

Example: column_number = 28 -> "AB"   (26 for the A in front, plus 2)

Example: column_number = 2024 -> "BYV"   (2 * 26^2 + 25 * 26 + 22)
"""

from hypothesis import strategies as st

TITLE = "Excel Sheet Column Title"
CATEGORY = "math-geometry"
PATTERNS = ["math", "base-conversion"]
DIFFICULTY = "easy"
FUNCTION = "convert_to_title"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 10


def reference(column_number: int) -> str:
    letters = []
    n = column_number
    while n:
        # shift to 0..25 per position: the digits run 1..26, not 0..25
        n, r = divmod(n - 1, 26)
        letters.append(chr(ord("A") + r))
    return "".join(reversed(letters))


def inputs():
    return st.one_of(
        st.integers(1, 2**31 - 1),
        st.integers(1, 800),
        st.integers(1, 30000),
        st.integers(1, 3000).map(lambda k: 26 * k),  # multiples of 26 end in Z
        st.sampled_from([26, 52, 676, 702, 703, 18278, 18279]),
    ).map(lambda n: {"column_number": n})


EXAMPLES = [
    ({"column_number": 1}, "A"),
    ({"column_number": 28}, "AB"),
    ({"column_number": 2024}, "BYV"),
    ({"column_number": 19}, "S"),
    ({"column_number": 80}, "CB"),
    ({"column_number": 2147483647}, "FXSHRXW"),
]


def large(n, rng):
    # one integer: the work grows with its number of letters
    return {"column_number": n}
