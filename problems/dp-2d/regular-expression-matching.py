"""Regular Expression Matching

Decide whether the pattern `p` matches the WHOLE string `s` (not just a part of it). The pattern
is made of letters and two special characters:

- `.` matches any single character;
- `*` matches zero or more copies of the element just before it (a letter or `.`), so `b*`
  matches "", "b", "bb", ... and `.*` matches any string at all.

Every `*` in `p` follows a letter or a `.`, never another `*` and never the start of `p`.
Return True or False.

Constraints: 0 <= len(s) <= 20; 0 <= len(p) <= 20; `s` has lowercase letters only, `p`
lowercase letters, `.` and `*`.

Example: s = "xyy", p = "x*y*" -> True   (one x, two ys)

Example: s = "", p = "a*b*" -> True   (both stars take zero copies)

Example: s = "abc", p = "a.d" -> False   (the last letter differs)

Aim for O(len(s) * len(p)) time.
"""

from hypothesis import strategies as st

TITLE = "Regular Expression Matching"
CATEGORY = "dp-2d"
PATTERNS = ["dp", "string"]
DIFFICULTY = "hard"
FUNCTION = "is_match"
COMPLEXITY = "O(m * n)"
TARGET_MINUTES = 40


def reference(s: str, p: str) -> bool:
    m, n = len(s), len(p)
    # ok[i][j]: s[i:] is matched by p[j:]; filled from the ends backwards
    ok = [[False] * (n + 1) for _ in range(m + 1)]
    ok[m][n] = True
    for i in range(m, -1, -1):
        for j in range(n - 1, -1, -1):
            first = i < m and p[j] in (s[i], ".")
            if j + 1 < n and p[j + 1] == "*":
                # skip "x*" entirely, or let it eat one more character and stay on it
                ok[i][j] = ok[i][j + 2] or (first and ok[i + 1][j])
            else:
                ok[i][j] = first and ok[i + 1][j + 1]
    return ok[0][0]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(["ab", "abc"]))
    s = draw(st.text(alphabet, max_size=8))
    if draw(st.booleans()):
        # a pattern written for s (often matching), with dots, runs as stars and empty stars
        parts = []
        i = 0
        while i < len(s):
            kind = draw(st.sampled_from(["char", "char", "dot", "run", "dotstar", "empty"]))
            if kind == "char":
                parts.append(s[i])
                i += 1
            elif kind == "dot":
                parts.append(".")
                i += 1
            elif kind == "run":
                j = i
                while j < len(s) and s[j] == s[i]:
                    j += 1
                parts.append(s[i] + "*")
                i = draw(st.integers(i, j))
            elif kind == "dotstar":
                parts.append(".*")
                i = draw(st.integers(i, len(s)))
            else:
                parts.append(draw(st.sampled_from(alphabet)) + "*")
        if draw(st.integers(0, 3)) == 0:
            parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(alphabet + ".")))
        p = "".join(parts)
    else:
        tokens = st.tuples(st.sampled_from(alphabet + "."), st.booleans())
        p = "".join(c + "*" * star for c, star in draw(st.lists(tokens, max_size=6)))
    return {"s": s, "p": p}


def inputs():
    return _case()


EXAMPLES = [
    ({"s": "xyy", "p": "x*y*"}, True),
    ({"s": "", "p": "a*b*"}, True),
    ({"s": "abc", "p": "a.d"}, False),
    ({"s": "abc", "p": "a.c"}, True),
    ({"s": "aaa", "p": "a*"}, True),
    ({"s": "a", "p": "ab*"}, True),
    ({"s": "", "p": "z*"}, True),
    ({"s": "ba", "p": "b.*"}, True),
    ({"s": "q", "p": "."}, True),
    ({"s": "", "p": "."}, False),
    ({"s": "ab", "p": "b"}, False),
    ({"s": "aab", "p": "a*c"}, False),
    ({"s": "abab", "p": "abab"}, True),
    ({"s": "", "p": ""}, True),
]


def large(n, rng):
    """A string of about n letters a and b against the 8-character pattern "b*.*a.*c", which can
    never match (there is no c): about 8n table cells. A search without memory tries every split
    of the second ".*" after every a that the first one could stop at: about n^2 steps."""
    return {"s": "".join(rng.choice("ab") for _ in range(n)), "p": "b*.*a.*c"}
