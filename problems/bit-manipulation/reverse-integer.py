"""Reverse Integer

You get a signed 32-bit integer `x`. Reverse the order of its decimal digits, keeping the sign:
4721 becomes 1274 and -530 becomes -35 (a leading zero of the reversed digits just disappears).
If the reversed number does not fit in a signed 32-bit integer, that is, if it falls outside
[-2^31, 2^31 - 1] = [-2147483648, 2147483647], return 0 instead.

Try to solve it as if you could only hold 32-bit values: detect the overflow before it happens
rather than by building the too-large number first.

Constraints: -2^31 <= x <= 2^31 - 1.

Example: x = -530 -> -35

Example: x = 1999999999 -> 0   (9999999991 is far above 2^31 - 1)

Example: x = 1463847412 -> 2147483641   (just fits)
"""

from hypothesis import strategies as st

TITLE = "Reverse Integer"
CATEGORY = "bit-manipulation"
PATTERNS = ["math", "overflow"]
DIFFICULTY = "medium"
FUNCTION = "reverse"
COMPLEXITY = "O(1)"
TARGET_MINUTES = 15

INT_MAX = 2**31 - 1


def reference(x: int) -> int:
    sign = -1 if x < 0 else 1
    rest = abs(x)
    limit = INT_MAX if sign > 0 else INT_MAX + 1  # what the magnitude may reach on each side
    result = 0
    while rest:
        rest, digit = divmod(rest, 10)
        # result * 10 + digit > limit, checked without ever forming the larger number
        if result > (limit - digit) // 10:
            return 0
        result = result * 10 + digit
    return sign * result


def _ten_digits(draw):
    # a 10-digit magnitude: its last digit becomes the leading digit of the reversal, so a last
    # digit of 1 or 2 lands near the 32-bit limit, 3 or 4 just past it, 5..9 far past it
    head = draw(st.integers(1, 2))
    middle = draw(st.integers(0, 10**8 - 1))
    last = draw(st.integers(1, 9))
    return head * 10**9 + middle * 10 + last


@st.composite
def _case(draw):
    kind = draw(st.sampled_from(["any", "small", "zeros", "edge", "edge"]))
    if kind == "any":
        x = draw(st.integers(-(2**31), INT_MAX))
    elif kind == "small":
        x = draw(st.integers(-999, 999))
    elif kind == "zeros":
        x = draw(st.integers(-9999, 9999)) * 10 ** draw(st.integers(1, 5))
    else:
        x = _ten_digits(draw)
        if x > INT_MAX:
            x = INT_MAX - draw(st.integers(0, 10**6))
        if draw(st.booleans()):
            x = -x
    return {"x": x}


def inputs():
    return _case()


EXAMPLES = [
    ({"x": 4721}, 1274),
    ({"x": -530}, -35),
    ({"x": 1200}, 21),
    ({"x": 7}, 7),
    ({"x": -8}, -8),
    ({"x": 1999999999}, 0),
    ({"x": 1463847412}, 2147483641),
    ({"x": -2147483412}, -2143847412),
    ({"x": 1000000009}, 0),
]


def large(n, rng):
    # one 32-bit integer whatever n is
    return {"x": rng.randint(-(2**31), INT_MAX)}
