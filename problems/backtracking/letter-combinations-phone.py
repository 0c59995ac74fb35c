"""Letter Combinations of a Phone Number

On an old phone keypad each digit from 2 to 9 carries some letters: 2 = abc, 3 = def, 4 = ghi,
5 = jkl, 6 = mno, 7 = pqrs, 8 = tuv, 9 = wxyz. Given a string `digits`, return every word you can
spell by picking one letter of each digit's key, in the order of the digits. An empty `digits`
spells nothing: return `[]`.

Constraints: 0 <= len(digits) <= 10; each character is a digit from `2` to `9`.

Example: digits = "47" -> ["gp", "gq", "gr", "gs", "hp", "hq", "hr", "hs", "ip", "iq", "ir", "is"]

Example: digits = "" -> []

Any order is accepted, but each word must appear exactly once.
"""

from hypothesis import strategies as st

TITLE = "Letter Combinations of a Phone Number"
CATEGORY = "backtracking"
PATTERNS = ["backtracking", "subsets"]
DIFFICULTY = "medium"
FUNCTION = "letter_combinations"
COMPLEXITY = "O(n * 4^n)"
TARGET_MINUTES = 15

KEYS = {
    "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
    "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
}


def reference(digits: str) -> list[str]:
    if not digits:
        return []
    result: list[str] = []
    path: list[str] = []

    def backtrack(i: int) -> None:
        if i == len(digits):
            result.append("".join(path))
            return
        for letter in KEYS[digits[i]]:
            path.append(letter)
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result


def inputs():
    alphabet = st.sampled_from(["23456789", "79", "2", "78", "32"])
    return alphabet.flatmap(lambda a: st.text(alphabet=a, max_size=5)).map(
        lambda d: {"digits": d}
    )


EXAMPLES = [
    ({"digits": "2"}, ["a", "b", "c"]),
    ({"digits": "23"}, ["ad", "ae", "af", "bd", "be", "bf", "cd", "ce", "cf"]),
    ({"digits": "6"}, ["m", "n", "o"]),
    ({"digits": "45"}, ["gj", "gk", "gl", "hj", "hk", "hl", "ij", "ik", "il"]),
    ({"digits": "356"}, [a + b + c for a in "def" for b in "jkl" for c in "mno"]),
]


def large(n, rng):
    """Digits added until the answer holds at least n words (about log(n) digits)."""
    digits = ""
    words = 1
    while words < n and len(digits) < 10:
        d = rng.choice("23456789")
        digits += d
        words *= len(KEYS[d])
    return {"digits": digits}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(got) == sorted(expected)
    except TypeError:
        return False
