"""Roman to Integer

Roman numerals use seven letters: I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000.
A numeral is mostly written from the largest letter to the smallest and its value is the sum of
its letters (`XVII` = 10 + 5 + 1 + 1 = 17). Six pairs break that order: a smaller letter placed
right before a larger one is subtracted from it. Those pairs are `IV` = 4, `IX` = 9, `XL` = 40,
`XC` = 90, `CD` = 400 and `CM` = 900.

You get a valid numeral `s`. Return its value.

Constraints: 1 <= len(s) <= 15; `s` is a valid Roman numeral for a value from 1 to 3999.

Example: s = "CXLII" -> 142   (100 + 40 + 1 + 1)

Example: s = "MMXCIV" -> 2094   (1000 + 1000 + 90 + 4)
"""

from hypothesis import strategies as st

TITLE = "Roman to Integer"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing"]
DIFFICULTY = "easy"
FUNCTION = "roman_to_int"
COMPLEXITY = "O(1)"  # at most 15 letters: O(len(s))
TARGET_MINUTES = 10

_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def reference(s: str) -> int:
    total = 0
    for i, letter in enumerate(s):
        value = _VALUE[letter]
        if i + 1 < len(s) and value < _VALUE[s[i + 1]]:
            total -= value
        else:
            total += value
    return total


_TOKENS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def _to_roman(value: int) -> str:
    out = []
    for amount, token in _TOKENS:
        while value >= amount:
            out.append(token)
            value -= amount
    return "".join(out)


# the decimal digits of a value, biased toward 4 and 9 (the subtractive pairs) and 0
_DIGIT = st.one_of(st.sampled_from([0, 4, 9]), st.integers(0, 9))


@st.composite
def _case(draw):
    thousands = draw(st.integers(0, 3))
    hundreds, tens, ones = draw(_DIGIT), draw(_DIGIT), draw(_DIGIT)
    value = thousands * 1000 + hundreds * 100 + tens * 10 + ones
    return {"s": _to_roman(max(value, 1))}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "III"}, 3),
    ({"s": "IV"}, 4),
    ({"s": "LVIII"}, 58),
    ({"s": "I"}, 1),
    ({"s": "MDCLXVI"}, 1666),
    ({"s": "MMMDCCCLXXXVIII"}, 3888),
]


def large(n, rng):
    # a numeral has at most 15 letters whatever n is
    return {"s": _to_roman(rng.randint(1, 3999))}
