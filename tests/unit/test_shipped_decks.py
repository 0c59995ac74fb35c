"""The shipped decks: counts per deck, unique IDs, no empty card, Python blocks that compile."""

from __future__ import annotations

import re

import pytest

from drill.config import shipped_dir
from drill.core.cards import CardSpec, DeckSpec
from drill.core.markup import fence_open, is_fence_close, split_segments
from drill.library import deck_files, read_decks

MINIMUMS = {
    "Big-O": 105,
    "Patterns": 290,
    "ML Formulas": 280,
    "Python": 135,
    "System Design & MLOps": 280,
}


@pytest.fixture(scope="module")
def decks() -> list[DeckSpec]:
    return read_decks(deck_files([shipped_dir("decks")]))  # raises on any format error


def notes(deck: DeckSpec) -> set[str]:
    return {c.note_id for c in deck.cards}


def test_five_decks_with_their_minimum_counts(decks: list[DeckSpec]) -> None:
    counts = {d.name: len(notes(d)) for d in decks}
    assert set(counts) == set(MINIMUMS)
    assert {name: n for name, n in counts.items() if n < MINIMUMS[name]} == {}
    assert sum(counts.values()) >= 750


def test_every_card_has_a_stable_unique_id_and_topic_tags(decks: list[DeckSpec]) -> None:
    cards = [c for d in decks for c in d.cards]
    assert all(c.has_id for c in cards), [c.front[:40] for c in cards if not c.has_id]
    assert len({c.uid for c in cards}) == len(cards)
    untagged = [c.uid for c in cards if len(c.tags) < 2]  # the deck tag and a topic tag
    assert untagged == []


def test_no_card_is_empty(decks: list[DeckSpec]) -> None:
    def empty(card: CardSpec) -> bool:
        return not card.front.strip() or (card.kind == "basic" and not card.back.strip())

    assert [c.uid for d in decks for c in d.cards if empty(c)] == []


def python_blocks(card: CardSpec) -> list[str]:
    text = card.front + "\n" + card.back
    return [
        s.text for s in split_segments(text) if s.kind == "fence" and s.info in ("python", "py")
    ]


def test_every_python_code_block_compiles(decks: list[DeckSpec]) -> None:
    failures = []
    total = 0
    for deck in decks:
        for card in deck.cards:
            for block in python_blocks(card):
                total += 1
                try:
                    compile(block, f"<{card.uid}>", "exec")
                except SyntaxError as err:
                    failures.append(f"{card.path}:{card.line} {card.uid}: {err.msg}")
    assert failures == []
    assert total >= 50  # the patterns deck alone carries dozens of templates


def test_math_is_balanced_and_cloze_cards_hide_something(decks: list[DeckSpec]) -> None:
    cloze = [c for d in decks for c in d.cards if c.kind == "cloze"]
    assert len(cloze) >= 60
    assert all(re.search(r"\{\{c\d+::", c.front) for c in cloze)
    ml = next(d for d in decks if d.name == "ML Formulas")
    assert sum("$" in c.front + c.back for c in ml.cards) >= 40  # formulas written as math


LIST_ITEM_RE = re.compile(r" *(?:[-*]|\d+\.) ")
MAX_LIST_ITEMS = 4


def list_items(text: str) -> int:
    """Markdown list items (`- `, `* `, `1. ` opening a line) outside code fences."""
    count, fence = 0, None
    for line in text.split("\n"):
        if fence is not None:
            if is_fence_close(line, *fence):
                fence = None
            continue
        opened = fence_open(line)
        if opened is not None:
            fence = opened[:2]
        elif LIST_ITEM_RE.match(line):
            count += 1
    return count


def test_list_items_counts_markers_outside_fences() -> None:
    text = "- a\n* b\n12. c\n```python\n- 1\n```\nnot - a list\n-no space"
    assert list_items(text) == 3


def test_no_answer_is_a_long_list(decks: list[DeckSpec]) -> None:
    # One idea per card: an answer (a back, or a cloze's extra text) lists at most four items.
    long_lists = [
        f"{c.path}:{c.line} {c.uid}"
        for d in decks
        for c in d.cards
        if list_items(c.back) > MAX_LIST_ITEMS
    ]
    assert long_lists == []
