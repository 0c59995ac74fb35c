"""Card text for terminals: cloze sides, $math$ as Unicode, code fences kept as code."""

from __future__ import annotations

from functools import lru_cache

from drill.core.markup import cloze_back, cloze_front, split_segments


@lru_cache(maxsize=1)
def _latex_converter() -> object:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=False)


@lru_cache(maxsize=4096)
def math_to_unicode(latex: str) -> str:
    """Best-effort Unicode for a LaTeX formula (x^2 -> x², \\sigma -> σ), else the source."""
    try:
        text: str = _latex_converter().latex_to_text(latex)  # type: ignore[attr-defined]
    except Exception:  # pylatexenc rejects some inputs; showing the source is still readable
        return latex
    return _superscripts(text.strip()) or latex


_SUP = str.maketrans("0123456789+-=()nTi", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀⁱ")
_SUB = str.maketrans("0123456789+-=()ijkmnt", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ᵢⱼₖₘₙₜ")


def _superscripts(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "^_" and i + 1 < len(text):
            table = _SUP if ch == "^" else _SUB
            nxt = text[i + 1]
            if nxt.translate(table) != nxt:
                out.append(nxt.translate(table))
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


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
