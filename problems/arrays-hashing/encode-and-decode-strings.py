"""Encode and Decode Strings

Design a codec for lists of strings: `encode(strs)` turns a list of strings into one string, and
`decode(s)` turns that string back into the original list, equal entry for entry and in order.
The two methods run on separate instances of your class, so nothing may be kept between the
calls: everything `decode` needs has to be inside the string. The strings may hold any character
with a code below 256, digits and `#` and the empty string included, so no separator can be
assumed to be absent.

Do not reach for a serializer from the library (`json`, `pickle`, `repr` + `eval`): build the
format yourself.

Constraints: 0 <= len(strs) <= 200; 0 <= len(strs[i]) <= 200; every character has a code
point from 0 to 255.

Example: strs = ["cat", "", "4#x"] -> encode gives some string s; decode(s) -> ["cat", "", "4#x"]

Example: strs = [] -> decode(encode([])) -> []
"""

from hypothesis import strategies as st

TITLE = "Encode and Decode Strings"
CATEGORY = "arrays-hashing"
PATTERNS = ["length-prefix", "design"]
DIFFICULTY = "medium"
FUNCTION = "Codec"
CODEC = ("encode", "decode")
COMPLEXITY = "O(n)"  # n = total characters
TARGET_MINUTES = 20


class Codec:
    def encode(self, strs: list[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(s):
            j = s.index("#", i)
            size = int(s[i:j])
            out.append(s[j + 1 : j + 1 + size])
            i = j + 1 + size
        return out


reference = Codec

_TRICKY = st.sampled_from(["#", "1", "0", " ", ",", "\x00", "\\", "a"])
_STRING = st.one_of(
    st.just(""),
    st.text(_TRICKY, max_size=4),
    st.text(st.characters(min_codepoint=0, max_codepoint=255), max_size=14),
)


def inputs():
    return st.lists(_STRING, max_size=12).map(lambda strs: {"strs": strs})


EXAMPLES = [
    ({"strs": ["cat", "", "4#x"]}, ["cat", "", "4#x"]),
    ({"strs": []}, []),
    ({"strs": ["hello"]}, ["hello"]),
    ({"strs": ["#", "##", "1#"]}, ["#", "##", "1#"]),
    ({"strs": ["", ""]}, ["", ""]),
    ({"strs": ["a,b", "c d", "a,b"]}, ["a,b", "c d", "a,b"]),
]


def large(n, rng):
    """About n characters in many short strings: every string costs a parse step."""
    strs = []
    total = 0
    while total < n:
        size = rng.randint(0, 2)
        strs.append("".join(chr(rng.randint(32, 126)) for _ in range(size)))
        total += max(size, 1)
    return {"strs": strs}
