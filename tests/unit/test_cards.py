"""The deck-file format: cards, cloze, code fences, math, and errors that name file:line."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.cards import DeckFileError, check_unique, note_hash_id, parse_deck
from drill.core.markup import cloze_back, cloze_front, split_segments, unbalanced_dollar

HEAD = '+++\nname = "D"\ntags = ["d"]\n+++\n'


def deck(body: str, path: str = "d.md") -> object:
    return parse_deck(HEAD + textwrap.dedent(body), path)


def error(body: str) -> DeckFileError:
    with pytest.raises(DeckFileError) as info:
        deck(body)
    return info.value


def test_basic_card_with_id_tags_and_multiline_answer() -> None:
    d = deck("""
        ID: x1
        Tags: list amortised
        Q: What does append cost?
        A: O(1) amortised,
        because of over-allocation.
        """)
    (card,) = d.cards  # type: ignore[attr-defined]
    assert card.uid == "x1" and card.kind == "basic" and card.line == 6
    assert card.front == "What does append cost?"
    assert card.back == "O(1) amortised,\nbecause of over-allocation."
    assert card.tags == ("d", "list", "amortised")


def test_markers_inside_code_fences_are_text() -> None:
    d = deck("""
        Q: Show it.
        A:
        ```python
        Q: = 1
        A: int = 2
        ```
        """)
    (card,) = d.cards  # type: ignore[attr-defined]
    assert "Q: = 1" in card.back and "A: int = 2" in card.back


def test_cloze_gives_one_card_per_deletion_number() -> None:
    d = deck("C: {{c1::Binary search}} runs in {{c2::O(log n)::time}}.\n")
    cards = d.cards  # type: ignore[attr-defined]
    assert [c.ord for c in cards] == [1, 2]
    assert cards[0].uid.startswith("h-") and cards[1].uid == cards[0].uid + "::c2"
    assert cloze_front(cards[1].front, 2) == "Binary search runs in [time]."
    assert cloze_back(cards[1].front, 2) == "Binary search runs in **O(log n)**."


def test_card_without_id_is_identified_by_deck_and_front() -> None:
    d = deck("Q: front\nA: back\n")
    assert d.cards[0].uid == note_hash_id("D", "front")  # type: ignore[attr-defined]


def test_headings_and_blank_lines_separate_nothing_but_are_allowed() -> None:
    d = deck("## Section\n\nQ: a\nA: b\n\n## Next\nQ: c\nA: d\n")
    assert [c.front for c in d.cards] == ["a", "c"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("Q: only a question\n", 5, "no A:"),
        ("A: an answer alone\n", 5, "A: with no Q:"),
        ("ID: lonely\n\nID: other\nQ: x\nA: y\n", 5, "no Q: or C:"),
        ("C: no deletion here\n", 5, "{{c1::text}}"),
        ("Q: x\nA: costs $5\n", 6, "\\$"),
        ("Q: x\nA: y\n```python\nprint(1)\n", 7, "never closed"),
        ("some stray text\n", 5, "text outside a card"),
        ("ID: a\nQ: x\nA: y\nID: a\nQ: z\nA: w\n", 8, "duplicate card id 'a' (also at line 5)"),
        ("ID: bad id\nQ: x\nA: y\n", 5, "must be letters"),
        ("Q: x\nA: y\nA: z\n", 7, "second A:"),
    ],
)
def test_errors_name_the_line_and_the_fix(body: str, line: int, words: str) -> None:
    err = error(body)
    assert err.line == line, str(err)
    assert words in str(err)
    assert str(err).startswith(f"d.md:{line}: ")


def test_front_matter_errors() -> None:
    with pytest.raises(DeckFileError, match=r"f\.md:1: .*front matter"):
        parse_deck("Q: x\nA: y\n", "f.md")
    with pytest.raises(DeckFileError, match="never closed"):
        parse_deck('+++\nname = "x"\n', "f.md")
    with pytest.raises(DeckFileError, match=r"f\.md:4: .*TOML"):
        parse_deck('+++\nname = "x"\ntags = [\n+++\n', "f.md")
    with pytest.raises(DeckFileError, match="deck name"):
        parse_deck("+++\n+++\nQ: x\nA: y\n", "f.md")
    with pytest.raises(DeckFileError, match="unknown front matter key 'nmae'"):
        parse_deck('+++\nnmae = "x"\n+++\n', "f.md")


def test_duplicate_ids_across_files_name_both_places() -> None:
    a = parse_deck('+++\nname = "A"\n+++\nID: same\nQ: x\nA: y\n', "a.md")
    b = parse_deck('+++\nname = "B"\n+++\n\nID: same\nQ: z\nA: w\n', "b.md")
    with pytest.raises(DeckFileError) as info:
        check_unique([a, b])
    assert str(info.value) == (
        "b.md:5: card ID 'same' is also used at a.md:4; IDs must be unique across decks"
    )


def test_math_and_code_segments() -> None:
    segs = split_segments("cost $O(n)$ and `a$b`\n$$x^2$$ \\$5")
    kinds = [(s.kind, s.text) for s in segs]
    assert ("math_inline", "O(n)") in kinds
    assert ("code_span", "a$b") in kinds
    assert ("math_display", "x^2") in kinds
    assert kinds[-1] == ("text", " $5")
    assert unbalanced_dollar("a $x$ b\nc $ d") == 1
    assert unbalanced_dollar("```\n$\n```\n`$` and \\$") is None


words = st.text(alphabet="abcdefghij XYZ.,?()=+-", min_size=1, max_size=30).filter(
    lambda s: s.strip() and s.strip()[0] not in "#"
)


@given(st.lists(st.tuples(words, words), min_size=1, max_size=8))
def test_any_list_of_question_answer_pairs_round_trips(pairs: list[tuple[str, str]]) -> None:
    body = "\n".join(f"ID: c{i}\nQ: {q}\nA: {a}\n" for i, (q, a) in enumerate(pairs))
    d = parse_deck(HEAD + body, "p.md")
    assert [(c.front, c.back) for c in d.cards] == [(q.strip(), a.strip()) for q, a in pairs]
    assert [c.uid for c in d.cards] == [f"c{i}" for i in range(len(pairs))]
