"""The inline splitter (code spans, math, escaped dollars) against a character walker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drill.core.markup import Segment, _find_unescaped, _split_inline

INLINE = st.lists(st.sampled_from([*"ab `$\\\n", "$$", "\\$", "``"]), max_size=40).map("".join)


def walk_inline(text: str) -> list[Segment]:
    out: list[Segment] = []
    buf: list[str] = []
    i, n = 0, len(text)

    def flush() -> None:
        if buf:
            out.append(Segment("text", "".join(buf)))
            buf.clear()

    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] == "$":
            buf.append("$")
            i += 2
        elif ch == "`":
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            end = text.find("`" * run, i + run)
            if end == -1:
                buf.append(text[i : i + run])
                i += run
                continue
            flush()
            out.append(Segment("code_span", text[i + run : end]))
            i = end + run
        elif ch == "$":
            display = text.startswith("$$", i)
            delim = "$$" if display else "$"
            end = _find_unescaped(text, delim, i + len(delim))
            if end == -1:
                buf.append(ch)
                i += 1
                continue
            flush()
            body = text[i + len(delim) : end]
            out.append(Segment("math_display" if display else "math_inline", body.strip()))
            i = end + len(delim)
        else:
            buf.append(ch)
            i += 1
    flush()
    return out


@settings(max_examples=500, deadline=None)
@given(INLINE)
def test_the_fast_splitter_agrees_with_a_character_walker(text: str) -> None:
    assert _split_inline(text) == [s for s in walk_inline(text) if s.kind != "text" or s.text]
