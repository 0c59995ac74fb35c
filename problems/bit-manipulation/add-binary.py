"""Add Binary

`a` and `b` are non-negative integers written in binary (strings of 0s and 1s, most significant
bit first, no leading zeros except for "0" itself). Return their sum, also as a binary string
without leading zeros. Add the bits yourself, the way you would on paper.

Constraints: 1 <= len(a), len(b) <= 10^4; both consist of 0s and 1s only.

Example: a = "1001", b = "100" -> "1101"   (9 + 4 = 13; no carries at all)

Example: a = "1010", b = "10" -> "1100"   (10 + 2 = 12: 1 + 1 in the twos place writes 0 and
carries 1 into the fours place)

The sum can be one bit longer than the longer input: "1" + "1" = "10".
"""

from hypothesis import strategies as st

TITLE = "Add Binary"
CATEGORY = "bit-manipulation"
PATTERNS = ["carry", "string"]
DIFFICULTY = "easy"
FUNCTION = "add_binary"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(a: str, b: str) -> str:
    out = []
    i, j, carry = len(a) - 1, len(b) - 1, 0
    while i >= 0 or j >= 0 or carry:
        total = carry
        if i >= 0:
            total += a[i] == "1"
            i -= 1
        if j >= 0:
            total += b[j] == "1"
            j -= 1
        carry, bit = divmod(total, 2)
        out.append("1" if bit else "0")
    return "".join(reversed(out))


def _binary(draw):
    kind = draw(st.sampled_from(["any", "ones", "zero"]))
    if kind == "zero":
        return "0"
    if kind == "ones":  # long carry chains
        return "1" * draw(st.integers(1, 10))
    return "1" + draw(st.text("01", max_size=11))


@st.composite
def _case(draw):
    return {"a": _binary(draw), "b": _binary(draw)}


def inputs():
    return _case()


EXAMPLES = [
    ({"a": "1001", "b": "100"}, "1101"),
    ({"a": "1010", "b": "10"}, "1100"),
    ({"a": "0", "b": "0"}, "0"),
    ({"a": "0", "b": "1"}, "1"),
    ({"a": "10", "b": "1"}, "11"),
    ({"a": "101", "b": "10"}, "111"),
    ({"a": "10001", "b": "1"}, "10010"),
    ({"a": "100000000000000000000", "b": "1000000001"}, "100000000001000000001"),
]


def large(n, rng):
    """n bits plus n / 2 bits."""
    a = "1" + "".join(rng.choice("01") for _ in range(n - 1))
    b = "1" + "".join(rng.choice("01") for _ in range(n // 2))
    return {"a": a, "b": b}
