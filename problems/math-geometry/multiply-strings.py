"""Multiply Strings

`num1` and `num2` are non-negative integers written as decimal strings. Return their product,
also as a decimal string, without leading zeros (the product 0 is written `"0"`).

Work digit by digit, the way long multiplication is done on paper: do not convert the whole
strings to integers (or use any big-number library) and multiply those.

Constraints: 1 <= len(num1), len(num2) <= 10^4; len(num1) * len(num2) <= 10^6; both consist of
digits only and have no leading zeros, except the number 0 itself.

Example: num1 = "508", num2 = "26" -> "13208"

Example: num1 = "0", num2 = "7" -> "0"
"""

from hypothesis import strategies as st

TITLE = "Multiply Strings"
CATEGORY = "math-geometry"
PATTERNS = ["math", "string", "carry"]
DIFFICULTY = "medium"
FUNCTION = "multiply"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 25


def reference(num1: str, num2: str) -> str:
    m, n = len(num1), len(num2)
    # cell[k] collects the digit products that land k places from the left of an (m + n)-digit
    # answer; digits i of num1 and j of num2 (from the left) land in cell i + j + 1
    cell = [0] * (m + n)
    for i in range(m - 1, -1, -1):
        a = ord(num1[i]) - 48
        if a == 0:
            continue
        carry = 0
        for j in range(n - 1, -1, -1):
            total = cell[i + j + 1] + a * (ord(num2[j]) - 48) + carry
            carry, cell[i + j + 1] = divmod(total, 10)
        cell[i] += carry
    text = "".join(map(str, cell)).lstrip("0")
    return text or "0"


def _number(draw, max_len):
    if draw(st.integers(0, 9)) == 0:
        return "0"
    body = draw(
        st.text(
            alphabet=draw(st.sampled_from(["0123456789", "9", "09", "19"])),
            min_size=0,
            max_size=max_len - 1,
        )
    )
    return str(draw(st.integers(1, 9))) + body


@st.composite
def _case(draw):
    return {"num1": _number(draw, 12), "num2": _number(draw, 12)}


def inputs():
    return _case()


EXAMPLES = [
    ({"num1": "508", "num2": "26"}, "13208"),
    ({"num1": "0", "num2": "7"}, "0"),
    ({"num1": "0", "num2": "0"}, "0"),
    ({"num1": "12", "num2": "3"}, "36"),
    ({"num1": "9", "num2": "9"}, "81"),
    ({"num1": "1", "num2": "4096"}, "4096"),
    ({"num1": "7", "num2": "1000"}, "7000"),
    ({"num1": "31415926535897932384", "num2": "2718281828"}, "85397342212314339262199917952"),
]


def large(n, rng):
    """An n-digit number times an 8-digit one: about 8n digit products."""
    num1 = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    num2 = str(rng.randint(10**7, 10**8 - 1))
    return {"num1": num1, "num2": num2}
