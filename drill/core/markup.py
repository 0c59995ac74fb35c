"""Card text helpers: split Markdown into code, math and prose; render cloze fronts and backs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["text", "code_span", "fence", "math_inline", "math_display"]

CLOZE_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str  # for math: the LaTeX without delimiters; for a fence: the whole block
    info: str = ""  # a fence's language


_FENCE_RE = re.compile(r"(`{3,}|~{3,})(.*)$")


def _fence_open(line: str) -> tuple[str, int, str] | None:
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped.startswith(("```", "~~~")):
        return None
    m = _FENCE_RE.match(stripped)
    if not m:
        return None
    fence = m.group(1)
    if fence[0] == "`" and "`" in m.group(2):
        return None
    return fence[0], len(fence), m.group(2).strip()


def is_fence_close(line: str, char: str, length: int) -> bool:
    stripped = line.strip()
    return len(stripped) >= length and set(stripped) == {char}


def fence_open(line: str) -> tuple[str, int, str] | None:
    """If `line` opens a code fence: (fence char, fence length, info string)."""
    return _fence_open(line)


def split_segments(text: str) -> list[Segment]:
    """Split card Markdown into prose, code spans, fenced blocks and math, in order.

    Math is `$...$` or `$$...$$` outside code; `\\$` is a literal dollar sign.
    """
    out: list[Segment] = []
    lines = text.split("\n")
    prose: list[str] = []
    i = 0
    while i < len(lines):
        opened = _fence_open(lines[i])
        if opened is None:
            prose.append(lines[i])
            i += 1
            continue
        char, length, info = opened
        j = i + 1
        while j < len(lines) and not is_fence_close(lines[j], char, length):
            j += 1
        if prose:
            out.extend(_split_inline("\n".join(prose) + "\n"))
            prose = []
        block = "\n".join(lines[i + 1 : j])
        out.append(Segment("fence", block, info.split()[0] if info else ""))
        i = j + 1
    if prose:
        out.extend(_split_inline("\n".join(prose)))
    return [s for s in out if s.kind != "text" or s.text]


_INLINE_SPECIAL_RE = re.compile(r"[\\`$]")


def _split_inline(text: str) -> list[Segment]:
    """Prose into text, code spans and math, jumping between `\\`, backticks and `$`."""
    out: list[Segment] = []
    buf: list[str] = []
    i, n = 0, len(text)

    def flush() -> None:
        if buf:
            out.append(Segment("text", "".join(buf)))
            buf.clear()

    while i < n:
        m = _INLINE_SPECIAL_RE.search(text, i)
        if m is None:
            buf.append(text[i:])
            break
        j = m.start()
        buf.append(text[i:j])
        ch = text[j]
        if ch == "\\":
            escaped_dollar = j + 1 < n and text[j + 1] == "$"
            buf.append("$" if escaped_dollar else "\\")
            i = j + 2 if escaped_dollar else j + 1
        elif ch == "`":
            run = j
            while run < n and text[run] == "`":
                run += 1
            ticks = text[j:run]
            end = text.find(ticks, run)
            if end == -1:
                buf.append(ticks)
                i = run
                continue
            flush()
            out.append(Segment("code_span", text[run:end]))
            i = end + len(ticks)
        else:
            delim = "$$" if text.startswith("$$", j) else "$"
            end = _find_unescaped(text, delim, j + len(delim))
            if end == -1:
                buf.append("$")
                i = j + 1
                continue
            flush()
            body = text[j + len(delim) : end]
            out.append(Segment("math_display" if delim == "$$" else "math_inline", body.strip()))
            i = end + len(delim)
    flush()
    return [seg for seg in out if seg.kind != "text" or seg.text]


def _find_unescaped(text: str, delim: str, start: int) -> int:
    i = start
    while True:
        j = text.find(delim, i)
        if j == -1 or text[j - 1] != "\\":
            return j
        i = j + 1


def _blank_code_spans(text: str) -> str:
    """`text` with every inline code span (a run of n backticks up to the next run of exactly
    n) turned to spaces, newlines kept; linear in the text, however many backticks it holds."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    cursor = dict.fromkeys(by_length, 0)  # per length: the next candidate closer
    out = list(text)
    i = 0
    while i < len(runs):
        start, end = runs[i]
        n = end - start
        same = by_length[n]
        while cursor[n] < len(same) and same[cursor[n]] <= i:
            cursor[n] += 1
        if cursor[n] == len(same):
            i += 1  # no closer: the backticks are plain text
            continue
        closer = same[cursor[n]]
        for k in range(start, runs[closer][1]):
            if out[k] != "\n":
                out[k] = " "
        i = closer + 1
    return "".join(out)


def unbalanced_dollar(text: str) -> int | None:
    """The 0-based line of a `$` that opens math but never closes (outside code), else None."""
    if "$" not in text:
        return None  # most card text: no dollar, so no math to close
    lines = text.split("\n")
    in_fence: tuple[str, int] | None = None
    kept: list[str] = []
    for line in lines:
        if in_fence:
            if is_fence_close(line, *in_fence):
                in_fence = None
            kept.append("")
            continue
        opened = _fence_open(line)
        if opened:
            in_fence = (opened[0], opened[1])
            kept.append("")
            continue
        kept.append(line)
    prose = _blank_code_spans("\n".join(kept))
    prose = prose.replace("\\$", "  ")
    i = 0
    while i < len(prose):
        if prose[i] != "$":
            i += 1
            continue
        delim = "$$" if prose.startswith("$$", i) else "$"
        end = prose.find(delim, i + len(delim))
        if end == -1:
            return prose[:i].count("\n")
        i = end + len(delim)
    return None


def cloze_numbers(text: str) -> list[int]:
    """The distinct cloze numbers in a cloze text, sorted."""
    return sorted({int(m.group(1)) for m in CLOZE_RE.finditer(text)})


def cloze_front(text: str, number: int, blank: str = "[...]") -> str:
    """The question side: deletion `number` hidden (its hint shown if any), others revealed."""

    def sub(m: re.Match[str]) -> str:
        if int(m.group(1)) == number:
            return f"[{m.group(3)}]" if m.group(3) else blank
        return m.group(2)

    return CLOZE_RE.sub(sub, text)


def cloze_back(text: str, number: int, mark: tuple[str, str] = ("**", "**")) -> str:
    """The answer side: every deletion revealed, deletion `number` marked."""

    def sub(m: re.Match[str]) -> str:
        if int(m.group(1)) == number:
            return f"{mark[0]}{m.group(2)}{mark[1]}"
        return m.group(2)

    return CLOZE_RE.sub(sub, text)
