"""Card Markdown to Anki HTML and back: escaping, math, code, clozes, and the parser round trip."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drill.anki import html as anki_html
from drill.anki.html import has_media, highlight, html_to_markdown, markdown_to_html
from drill.anki.importer import ImportedCard, deck_file_text
from drill.config import shipped_dir
from drill.core.cards import parse_deck
from drill.core.markup import cloze_numbers, split_segments

PROSE = st.lists(
    st.sampled_from(
        [*"ab1 .:-+=>#[]()!<&;\"'|~*_\\\n\t", "\u00a0", "&amp;", "](", "1. ", "- ", "  \n"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(PROSE)
def test_the_plain_text_fast_path_renders_exactly_as_markdown_it(text: str) -> None:
    prose = text.strip("\n")
    if anki_html._is_plain(prose):
        assert anki_html.render_prose(prose) == anki_html._unwrap(
            anki_html._markdown().render(prose)
        )


def test_math_becomes_mathjax_with_html_escaped_and_dollars_stay_literal() -> None:
    assert markdown_to_html("If $a<b & c$ then $$x>y$$") == (
        "If \\(a&lt;b &amp; c\\) then \\[x&gt;y\\]"
    )
    assert markdown_to_html("costs \\$5 and `$x$` in code") == (
        "costs $5 and <code>$x$</code> in code"
    )
    assert markdown_to_html("*$x_1$* and **b**") == "<em>\\(x_1\\)</em> and <strong>b</strong>"


def test_code_blocks_are_inline_styled_on_their_own_background() -> None:
    code = "if a < b:\n    return {{c1::a}} & 'x'"
    block = highlight(code, "python")
    assert block.startswith('<pre class="drill-code" data-lang="python" style="background:')
    assert "color:#" in block and 'class="' not in block.replace('class="drill-code"', "")
    assert html.unescape(re.sub(r"<[^>]+>", "", block)) == code
    assert "{{c1::a}}" in block  # the marker whole, never split by a span
    assert highlight("x = 1", "no-such-language").count("<span") == 0


def test_markdown_blocks_render_and_a_single_paragraph_is_not_wrapped() -> None:
    assert markdown_to_html("just text") == "just text"
    assert markdown_to_html("- one\n- two") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"
    rendered = markdown_to_html("Intro:\n\n```python\nx = 1\n```\n\nAfter.")
    assert rendered.startswith("<p>Intro:</p>\n<pre ") and rendered.endswith("<p>After.</p>")
    assert "<p><pre" not in rendered


def test_anki_html_becomes_markdown_the_deck_parser_reads_back() -> None:
    assert html_to_markdown("Q: looks like a marker<br>ID: x") == (
        "Q\\: looks like a marker  \nID\\: x"
    )
    assert html_to_markdown("<div>```</div><div>## not a heading</div>") == (
        "\\`\\`\\`\n\n\\## not a heading"
    )
    assert html_to_markdown("price $5, \\(a &lt; b\\), [$]x^2[/$], [$$]y[/$$]") == (
        "price \\$5, $a < b$, $x^2$, $$y$$"
    )
    assert html_to_markdown("<code>a `b` $c</code>") == "``a `b` $c``"
    assert html_to_markdown("{{c1::<b>x</b>::hint}}&nbsp;and") == "{{c1::**x**::hint}} and"
    assert html_to_markdown('<pre data-lang="rust">fn main() {}<br>// done</pre>') == (
        "```rust\nfn main() {}\n// done\n```"
    )
    picture = 'see <img src="a.png"> [sound:b.mp3]'
    assert has_media(picture) and html_to_markdown(picture) == "see"


def test_every_shipped_card_survives_markdown_to_anki_and_back() -> None:
    """Export then import of the shipped decks: every card parses back, same kind and clozes."""
    folder = shipped_dir("decks")
    for path in sorted(Path(folder).glob("*.md")):
        deck = parse_deck(path.read_text(encoding="utf-8"), str(path))
        notes = {c.note_id: c for c in deck.cards}
        converted = [
            ImportedCard(
                id=c.note_id,
                kind=c.kind,
                front=html_to_markdown(markdown_to_html(c.front)),
                back=html_to_markdown(markdown_to_html(c.back)),
                tags=c.tags,
                guid=c.note_id,
                dropped_media=False,
            )
            for c in notes.values()
        ]
        text = deck_file_text(deck.name, "", converted, path.name)
        again = parse_deck(text, str(path))
        assert [(c.uid, c.kind) for c in again.cards] == [(c.uid, c.kind) for c in deck.cards]
        for before, after in zip(deck.cards, again.cards, strict=True):
            assert cloze_numbers(after.front) == cloze_numbers(before.front), before.uid
            assert split_kinds(after.front) == split_kinds(before.front), before.uid
            assert split_kinds(after.back) == split_kinds(before.back), before.uid


def split_kinds(text: str) -> list[str]:
    """The code and math pieces of a card side, which the round trip must keep exactly."""
    return [f"{s.kind}:{s.text.strip()}" for s in split_segments(text) if s.kind != "text"]
