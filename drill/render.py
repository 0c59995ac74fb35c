"""Card text for terminals: cloze sides, $math$ as Unicode, code fences kept as code."""

from __future__ import annotations

from functools import lru_cache

from drill.core.markup import cloze_back, cloze_front, split_segments


@lru_cache(maxsize=4096)
def math_to_unicode(latex: str) -> str:
    """Unicode for a LaTeX formula with its grouping kept: \\frac{a+b}{c} -> (a + b)/c.

    Formulas the renderer cannot read are shown as their source, never as an error.
    """
    from drill.mathtext import to_unicode

    try:
        text = to_unicode(latex)
    except Exception:  # unreadable or unsupported LaTeX: the source is still readable
        return latex
    return text or latex


def unicode_math(markdown: str) -> str:
    """Replace $...$ and $$...$$ outside code with Unicode text; code is left untouched."""
    parts: list[str] = []
    for seg in split_segments(markdown):
        if seg.kind == "text":
            parts.append(seg.text)
        elif seg.kind == "code_span":
            parts.append(f"`{seg.text}`")
        elif seg.kind == "fence":
            parts.append(f"```{seg.info}\n{seg.text}\n```\n")
        elif seg.kind == "math_inline":
            parts.append(math_to_unicode(seg.text))
        else:
            parts.append(f"\n    {math_to_unicode(seg.text)}\n")
    return "".join(parts).strip("\n")


def sides(kind: str, ord: int, front: str, back: str) -> tuple[str, str]:
    """(question, answer) Markdown for a card, cloze deletions applied."""
    if kind == "cloze":
        question = cloze_front(front, ord)
        answer = cloze_back(front, ord)
        if back.strip():
            answer += "\n\n" + back
        return question, answer
    return front, back
