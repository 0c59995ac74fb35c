"""Card Markdown to Anki field HTML (highlighted code, MathJax, clozes kept) and Anki HTML back."""

from __future__ import annotations

import html
import re
import textwrap
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from drill.core.markup import CLOZE_RE, split_segments

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

CODE_STYLE = "github-dark"
"""A dark Pygments style: the block carries its own background, so it reads the same whether
Anki shows the card in light or dark mode (inline colours are never inverted)."""

_SLOT_BASE = 0xF0000  # Private Use Area-A: never in card text, never touched by Markdown
_SLOT_RE = re.compile("[\U000f0000-\U000ffffd]")

# Characters Markdown may act on anywhere in a line; `_is_plain` checks the context of each.
_TRIGGER_RE = re.compile(r"[\\`*_~\]<&\x00\r\f\v\t]")
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_ORDERED_RE = re.compile(r"\d{1,9}[.)]")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


# --- code blocks -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _palette() -> tuple[str, str, dict[Any, str]]:
    from pygments.styles import get_style_by_name

    style = get_style_by_name(CODE_STYLE)
    table: dict[Any, str] = {}
    for ttype, spec in style:
        parts = []
        if spec["color"]:
            parts.append(f"color:#{spec['color']}")
        if spec["bgcolor"]:
            parts.append(f"background-color:#{spec['bgcolor']}")
        if spec["bold"]:
            parts.append("font-weight:bold")
        if spec["italic"]:
            parts.append("font-style:italic")
        if spec["underline"]:
            parts.append("text-decoration:underline")
        table[ttype] = ";".join(parts)
    from pygments.token import Text

    foreground = style.style_for_token(Text)["color"] or "e6edf3"
    base = table.get(Text, "")
    # The block sets the default colour; spans only for tokens that differ from it.
    table = {t: ("" if s == base else s) for t, s in table.items()}
    return style.background_color, f"#{foreground}", table


def _token_style(ttype: Any, table: dict[Any, str]) -> str:
    probe = ttype
    while probe not in table and probe.parent is not None:
        probe = probe.parent
    style = table.get(probe, "")
    table[ttype] = style
    return style


@lru_cache(maxsize=64)
def _lexer(lang: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.lexers.special import TextLexer
    from pygments.util import ClassNotFound

    if lang:
        try:
            return get_lexer_by_name(lang, stripnl=False, ensurenl=False)
        except ClassNotFound:
            pass
    return TextLexer(stripnl=False, ensurenl=False)


def _split_cloze_markers(code: str) -> tuple[str, list[tuple[int, str]]]:
    """Code without its cloze markers, and each marker with its offset in that code."""
    plain: list[str] = []
    markers: list[tuple[int, str]] = []
    pos = length = 0
    for m in CLOZE_RE.finditer(code):
        plain.append(code[pos : m.start()])
        length += m.start() - pos
        markers.append((length, code[m.start() : m.start(2)]))
        plain.append(m.group(2))
        length += len(m.group(2))
        markers.append((length, code[m.end(2) : m.end()]))
        pos = m.end()
    plain.append(code[pos:])
    return "".join(plain), markers


@lru_cache(maxsize=8192)
def highlight(code: str, lang: str = "") -> str:
    """A fenced code block as a self-contained `<pre>` with inline colours on its own background.

    Cloze markers inside the code are kept whole (outside any span), so Anki still finds them.
    Cached per block: decks repeat the same snippets, and Pygments dominates rendering.
    """
    background, foreground, table = _palette()
    plain, markers = _split_cloze_markers(code)
    tokens = list(_lexer(lang).get_tokens(plain))
    if sum(len(value) for _, value in tokens) != len(plain):  # a lexer that rewrote the text
        tokens = [(None, plain)]
    out: list[str] = []
    run_style, run_text = "", ""

    def flush() -> None:
        nonlocal run_text
        if run_text:
            escaped = html.escape(run_text, quote=False)
            out.append(f'<span style="{run_style}">{escaped}</span>' if run_style else escaped)
            run_text = ""

    pos = 0
    index = 0
    for ttype, value in tokens:
        if ttype is None:
            style = ""
        else:
            style = table[ttype] if ttype in table else _token_style(ttype, table)
        while value:
            while index < len(markers) and markers[index][0] <= pos:
                flush()
                out.append(html.escape(markers[index][1], quote=False))
                index += 1
            cut = len(value)
            if index < len(markers):
                cut = min(cut, markers[index][0] - pos)
            if style != run_style:
                flush()
                run_style = style
            run_text += value[:cut]
            pos += cut
            value = value[cut:]
    flush()
    out.extend(html.escape(text, quote=False) for _, text in markers[index:])
    lang_attr = f' data-lang="{html.escape(lang)}"' if lang else ""
    return (
        f'<pre class="drill-code"{lang_attr} style="background:{background};color:{foreground};'
        "padding:.6em .8em;border-radius:6px;overflow-x:auto;text-align:left;line-height:1.4;"
        'font-size:.85em"><code style="background:transparent;color:inherit;padding:0;'
        f'font-family:ui-monospace,Menlo,Consolas,monospace">{"".join(out)}</code></pre>'
    )


# --- Markdown -> HTML --------------------------------------------------------------------------


def _unwrap(rendered: str) -> str:
    """Drop the `<p>` around a field that is one paragraph, as Anki's own editor writes fields."""
    if rendered.startswith("<p>") and rendered.endswith("</p>\n") and rendered.count("<p>") == 1:
        return rendered[3:-5]
    return rendered.rstrip("\n")


def _is_plain(prose: str) -> bool:
    """True when Markdown would render `prose` as one paragraph of its own escaped text.

    The fast path for most card text; tests hold it to markdown-it's output.
    """
    for m in _TRIGGER_RE.finditer(prose):
        ch, at = m.group(0), m.start()
        nxt = prose[at + 1 : at + 2]
        if ch in "\\`*_\x00\r\f\v\t":
            return False
        if ch == "~":
            if nxt == "~":
                return False
        elif ch == "]":
            if nxt in ("(", "["):
                return False
        elif ch == "<":
            if nxt.isalpha() or nxt in ("/", "!", "?"):
                return False
        elif _ENTITY_RE.match(prose, at):  # "&"
            return False
    if "|" in prose and "-" in prose:  # might be a table
        return False
    for line in prose.split("\n"):
        if not line or line[0].isspace() or line[-1].isspace() or line[0] in "-+=>#[|":
            return False
        if line[0].isdigit() and _ORDERED_RE.match(line):
            return False
    return True


def render_prose(prose: str) -> str:
    """Markdown prose (no code or math left in it) as HTML; plain text skips markdown-it."""
    prose = prose.strip("\n")
    if _is_plain(prose):
        return (
            prose.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
        )
    return _unwrap(_markdown().render(prose))


@lru_cache(maxsize=16384)
def markdown_to_html(text: str) -> str:
    """A card side's Markdown as Anki field HTML.

    Code spans, fences and `$...$`/`$$...$$` math are cut out first, by the deck parser's rules
    (drill's one `split_segments`, so drill and Anki agree on what is math), and stand
    in the prose as private-use characters that markdown-it passes through untouched; math
    becomes MathJax `\\(...\\)`/`\\[...\\]` with its HTML escaped, code is escaped or
    highlighted. Cloze markers are plain text to Markdown and stay as written.
    """
    if not text.strip():
        return ""
    slots: list[str] = []
    blocks: set[int] = set()

    def slot(fragment: str, block: bool = False) -> str:
        if block:
            blocks.add(len(slots))
        slots.append(fragment)
        return chr(_SLOT_BASE + len(slots) - 1)

    if "`" in text or "$" in text or "~~~" in text:
        parts: list[str] = []
        for seg in split_segments(text):
            if seg.kind == "text":
                parts.append(seg.text)
            elif seg.kind == "code_span":
                parts.append(slot(f"<code>{html.escape(seg.text, quote=False)}</code>"))
            elif seg.kind == "math_inline":
                parts.append(slot(f"\\({html.escape(seg.text, quote=False)}\\)"))
            elif seg.kind == "math_display":
                parts.append(slot(f"\\[{html.escape(seg.text, quote=False)}\\]"))
            else:
                parts.append("\n\n" + slot(highlight(seg.text, seg.info), block=True) + "\n\n")
        prose = "".join(parts)
    else:
        prose = text
    body = render_prose(prose)
    if not slots:
        return body
    for index, fragment in enumerate(slots):
        mark = chr(_SLOT_BASE + index)
        if index in blocks:
            body = body.replace(f"<p>{mark}</p>", fragment)
        if mark not in body and fragment not in body:
            # Markdown swallowed a slot (e.g. code inside a link target): show the source.
            return html.escape(text, quote=False).replace("\n", "<br>")
        body = body.replace(mark, fragment)
    return body


# --- HTML -> Markdown --------------------------------------------------------------------------

_PRE_RE = re.compile(r"<pre\b([^>]*)>(.*?)</pre\s*>", re.S | re.I)
_CODE_RE = re.compile(r"<code\b[^>]*>(.*?)</code\s*>", re.S | re.I)
_MATH_RE = re.compile(
    r"\\\((?P<i>.*?)\\\)|\\\[(?P<d>.*?)\\\]|\[\$\](?P<li>.*?)\[/\$\]"
    r"|\[\$\$\](?P<ld>.*?)\[/\$\$\]|\[latex\](?P<lx>.*?)\[/latex\]",
    re.S | re.I,
)
_MEDIA_RE = re.compile(
    r"<(?:img|audio|video|object|embed)\b[^>]*>|\[sound:[^\]]*\]|</(?:audio|video|object)\s*>",
    re.I,
)
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_HEADING_OPEN_RE = re.compile(r"<h[1-6]\b[^>]*>", re.I)
_HEADING_CLOSE_RE = re.compile(r"</h[1-6]\s*>", re.I)
_BR_RE = re.compile(r"<br\b[^>]*>", re.I)
_BLOCK_END_RE = re.compile(r"</(?:div|p|li|tr|h[1-6])\s*>", re.I)
_TAG_RE = re.compile(r"<[^>]*>")
_LANG_RE = re.compile(
    r"""data-lang\s*=\s*["']([^"']*)["']|class\s*=\s*["'][^"']*\blang(?:uage)?-([\w+#.-]+)""",
    re.I,
)
_MARKER_LINE_RE = re.compile(r"^(ID|Tags|Q|A|C):(?=[ \t]|$)")
_HEADING_LINE_RE = re.compile(r"^(#{1,6})(?=\s|$)")
_FENCE_LINE_RE = re.compile(r"^( {0,3})(`{3,}|~{3,})")


def html_text(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, line breaks kept, entities decoded."""
    fragment = _BR_RE.sub("\n", fragment)
    fragment = _BLOCK_END_RE.sub("\n", fragment)
    return html.unescape(_TAG_RE.sub("", fragment)).replace("\xa0", " ")


def has_media(field_html: str) -> bool:
    return _MEDIA_RE.search(field_html) is not None


def _code_span(code: str) -> str:
    code = code.replace("\n", " ")
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{pad}{code}{pad}{ticks}"


def _fence(code: str, lang: str) -> list[str]:
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return [f"{ticks}{lang}", *code.rstrip("\n").split("\n"), ticks]


def _math(latex: str, display: bool) -> str:
    latex = re.sub(r"(?<!\\)\$", r"\\$", latex.strip())
    return f"$${latex}$$" if display else f"${latex}$"


def _escape_line(line: str) -> str:
    """Keep a prose line from reading as a deck-file marker, a heading or a code fence."""
    line = _MARKER_LINE_RE.sub(r"\1\\:", line)
    line = _HEADING_LINE_RE.sub(r"\\\1", line)
    m = _FENCE_LINE_RE.match(line)
    if m:
        fence = m.group(2)
        line = m.group(1) + "".join("\\" + ch for ch in fence) + line[m.end() :]
    return line


@lru_cache(maxsize=1)
def _html2text() -> Any:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.unicode_snob = True
    converter.ignore_images = True
    converter.ul_item_mark = "-"
    converter.emphasis_mark = "*"
    return converter


def html_to_markdown(field_html: str) -> str:
    """An Anki field's HTML as deck-file Markdown that drill's parser reads back to the same card.

    Code blocks become fences (their `data-lang`/`language-x` kept), inline code becomes code
    spans, MathJax and `[$]`/`[latex]` become `$...$`/`$$...$$`, a literal `$` becomes `\\$`,
    media references are dropped (see `has_media`), and lines that would read as markers
    (`Q:`, `ID:`...), headings or fences are escaped. Cloze markers pass through unchanged.
    """
    slots: list[str] = []
    block_slots: dict[str, list[str]] = {}

    def slot(markdown: str) -> str:
        slots.append(markdown)
        return chr(_SLOT_BASE + len(slots) - 1)

    def pre(m: re.Match[str]) -> str:
        found = _LANG_RE.search(m.group(1)) or _LANG_RE.search(m.group(2)[:200])
        lang = (found.group(1) or found.group(2) or "") if found else ""
        mark = slot("")
        block_slots[mark] = _fence(html_text(m.group(2)), re.sub(r"[^\w+#.-]", "", lang))
        return f"<p>{mark}</p>"

    text = _SCRIPT_RE.sub("", field_html)
    text = _PRE_RE.sub(pre, text)
    text = _CODE_RE.sub(lambda m: slot(_code_span(html_text(m.group(1)))), text)

    def math(m: re.Match[str]) -> str:
        inline = m.group("i") if m.group("i") is not None else m.group("li")
        if inline is None:
            inline = m.group("lx")
        if inline is not None:
            return slot(_math(html_text(inline), display=False))
        display = m.group("d") if m.group("d") is not None else m.group("ld")
        return slot(_math(html_text(display or ""), display=True))

    text = _MATH_RE.sub(math, text)
    hints: list[str] = []

    def cloze_hint(m: re.Match[str]) -> str:
        # html2text puts a space between emphasis and a following ":"; a "}" it leaves alone.
        if m.group(3) is None:
            return m.group(0)
        mark = slot("::" + html_text(m.group(3)) + "}}")
        hints.append(mark)
        return m.group(0)[: m.start(3) - m.start() - 2] + "}" + mark

    text = CLOZE_RE.sub(cloze_hint, text)
    text = _MEDIA_RE.sub("", text)
    text = _HEADING_OPEN_RE.sub("<p><strong>", text)
    text = _HEADING_CLOSE_RE.sub("</strong></p>", text)
    markdown = textwrap.dedent(_html2text().handle(text).replace("\xa0", " "))
    for mark in hints:
        markdown = markdown.replace("}" + mark, mark)
    markdown = markdown.replace("$", "\\$")
    lines: list[str] = []
    for raw in markdown.split("\n"):
        line = _escape_line(raw)
        marks = [ch for ch in _SLOT_RE.findall(line) if ch in block_slots]
        if marks:
            indent = re.match(r"[ \t]*", line)
            pad = indent.group(0) if indent else ""
            for mark in marks:
                line = line.replace(mark, "")
                lines.extend(
                    pad + fence_line if fence_line else fence_line
                    for fence_line in block_slots[mark]
                )
            if line.strip():
                lines.append(line)
            continue
        lines.append(line)
    result = "\n".join(lines)
    result = _SLOT_RE.sub(lambda m: slots[ord(m.group(0)) - _SLOT_BASE], result)
    result = re.sub(r"\n{3,}", "\n\n", result)
    lines = [line if line.endswith("  ") else line.rstrip() for line in result.split("\n")]
    return "\n".join(lines).strip("\n").rstrip()
