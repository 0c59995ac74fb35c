"""Override files (pure): the user's notes replace shipped notes of the same ID, and only that
case is exempt from the rule that an ID is used once."""

from __future__ import annotations

import pytest

from drill.core.cards import DeckFileError, check_unique, parse_deck, parse_notes
from drill.core.overrides import apply_overrides, parse_override, with_note, without_note

SHIPPED = """+++
name = "Big-O"
tags = ["bigo"]
+++

ID: one
Q: First?
A: Shipped first.

ID: cz
C: {{c1::a}} and {{c2::b}}

ID: three
Q: Third?
A: Shipped third.
"""
TARGET = "shipped:bigo.md"


def override(body: str, head: str = f'overrides = "{TARGET}"\n') -> str:
    return f"+++\n{head}+++\n\n{body}"


def test_a_note_in_the_override_replaces_the_shipped_note_of_its_id_in_place() -> None:
    deck = parse_deck(SHIPPED, "bigo.md")
    mine = parse_override(
        override("ID: cz\nC: only {{c1::a}} now\n\nID: one\nQ: First?\nA: Mine.\n"),
        "o.md",
        deck,
        TARGET,
    )
    merged, notes = apply_overrides(deck, mine)
    assert [(c.uid, c.path) for c in merged.cards] == [
        ("one", "o.md"),
        ("cz", "o.md"),  # the override's note has one deletion: `cz::c2` is gone
        ("three", "bigo.md"),
    ]
    assert merged.cards[0].back == "Mine." and merged.cards[0].tags == ("bigo",)
    assert merged.cards[0].line == 8 and notes == []  # no fingerprint, nothing to say
    check_unique([merged])  # the ID in both files is no conflict


def test_an_id_in_two_unrelated_files_is_still_an_error_naming_file_and_line() -> None:
    deck = parse_deck(SHIPPED, "bigo.md")
    mine = parse_override(override("ID: one\nQ: First?\nA: Mine.\n"), "o.md", deck, TARGET)
    merged, _ = apply_overrides(deck, mine)
    user = parse_deck('+++\nname = "Mine"\n+++\n\nID: one\nQ: x?\nA: y.\n', "mine.md")
    with pytest.raises(DeckFileError) as info:
        check_unique([merged, user])
    assert str(info.value) == (
        "mine.md:5: card ID 'one' is also used at o.md:5; IDs must be unique across decks"
    )
    a = parse_deck('+++\nname = "A"\n+++\nID: x\nQ: x?\nA: y.\n', "a.md")
    b = parse_deck('+++\nname = "B"\n+++\n\nID: x\nQ: z?\nA: w.\n', "b.md")
    with pytest.raises(DeckFileError, match=r"^b\.md:5: card ID 'x' is also used at a\.md:4"):
        check_unique([a, b])


def test_override_files_say_what_is_wrong_at_their_line() -> None:
    deck = parse_deck(SHIPPED, "bigo.md")
    with pytest.raises(DeckFileError, match=r"^o\.md:2: unknown front matter key 'name'"):
        parse_override(override("", 'name = "X"\n'), "o.md", deck, TARGET)
    with pytest.raises(DeckFileError, match=r"^o\.md:3: overrides = 'shipped:other.md'"):
        parse_override(override("", '\noverrides = "shipped:other.md"\n'), "o.md", deck, TARGET)
    with pytest.raises(DeckFileError, match=r"^o\.md:8: duplicate card id 'one' \(also at line 5"):
        body = "ID: one\nQ: a?\nA: b.\nID: one\nQ: c?\nA: d.\n"
        parse_override(override(body), "o.md", deck, TARGET)
    with pytest.raises(DeckFileError, match="keep it in DRILL_HOME/decks/overrides/"):
        parse_deck(override("ID: one\nQ: a?\nA: b.\n"), "decks/bigo.md")


def test_a_copied_note_round_trips_and_an_upgrade_of_it_is_noted() -> None:
    deck, lines, notes = parse_notes(SHIPPED, "bigo.md")
    text, line = with_note(deck, TARGET, lines, notes[2], None)
    mine = parse_override(text, "o.md", deck, TARGET)
    assert text.splitlines()[line - 1 : line + 2] == ["ID: three", "Q: Third?", "A: Shipped third."]
    text, second = with_note(deck, TARGET, lines, notes[0], mine)
    mine = parse_override(text, "o.md", deck, TARGET)
    assert [n.note_id for n in mine.notes] == ["three", "one"]
    assert set(mine.base) == {"one", "three"}
    assert mine.notes[0].first == line + 1  # its fingerprint line moved the body down
    assert apply_overrides(deck, mine)[1] == []

    upgraded = parse_deck(SHIPPED.replace("Shipped third.", "Fixed third."), "bigo.md")
    merged, said = apply_overrides(upgraded, mine)
    assert merged.cards[-1].back == "Shipped third."  # the user's copy stays
    assert said == [
        f"o.md:{mine.notes[0].first}: the shipped card 'three' changed in an update; your "
        "version is kept (delete its block there to get the new one)"
    ]
    gone = parse_deck(SHIPPED.split("ID: three")[0], "bigo.md")
    assert "is no longer in shipped:bigo.md" in apply_overrides(gone, mine)[1][0]

    rest = without_note(deck, mine, "three")
    assert rest is not None
    left = parse_override(rest, "o.md", deck, TARGET)
    assert [n.note_id for n in left.notes] == ["one"] and set(left.base) == {"one"}
    assert without_note(deck, left, "one") is None
    assert second > line
