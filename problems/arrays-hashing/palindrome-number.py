"""Palindrome Number

You get an integer `x`. Return `True` when its decimal digits read the same from left to right as
from right to left, and `False` otherwise. A negative number is never a palindrome: its minus sign
has nothing to match at the other end.

Constraints: -2^31 <= x <= 2^31 - 1.

Example: x = 4774 -> True

Example: x = 250 -> False   (read backwards it is 052)

Try it without turning the number into a string.
"""

from hypothesis import strategies as st

TITLE = "Palindrome Number"
CATEGORY = "arrays-hashing"
PATTERNS = ["math"]
DIFFICULTY = "easy"
FUNCTION = "is_palindrome_number"
COMPLEXITY = "O(1)"  # at most 10 digits: O(log x) digit steps
TARGET_MINUTES = 10

LOW, HIGH = -(2**31), 2**31 - 1


def reference(x: int) -> bool:
    if x < 0 or (x % 10 == 0 and x != 0):
        return False
    back = 0
    # reverse only the lower half of the digits, so nothing can grow past the input
    while x > back:
        back = back * 10 + x % 10
        x //= 10
    return x == back or x == back // 10


def _mirror(digits: list[int], odd: bool) -> int:
    text = "".join(map(str, digits))
    return int(text + (text[-2::-1] if odd else text[::-1]))


@st.composite
def _case(draw):
    kinds = ["palindrome", "palindrome", "times-ten", "negative", "near", "any"]
    kind = draw(st.sampled_from(kinds))
    if kind == "any":
        return {"x": draw(st.integers(LOW, HIGH))}
    digits = draw(st.lists(st.integers(0, 9), min_size=1, max_size=5))
    digits[0] = digits[0] or 1
    x = _mirror(digits, draw(st.booleans()))
    if kind == "times-ten":
        x *= 10  # 1210, 4400...: a trailing zero breaks the mirror
    elif kind == "negative":
        x = -x
    elif kind == "near":
        x += draw(st.sampled_from([-1, 1, 10, 100]))
    x = max(LOW, min(HIGH, x))
    return {"x": x}


def inputs():
    return _case()


EXAMPLES = [
    ({"x": 4774}, True),
    ({"x": 250}, False),
    ({"x": 0}, True),
    ({"x": 7}, True),
    ({"x": 123}, False),
    ({"x": 12321}, True),
    ({"x": 2147483647}, False),
]


def large(n, rng):
    # the input is one 32-bit integer whatever n is; a long palindrome is the most work
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(3)]
    return {"x": _mirror(digits, True)}
