"""Editing a shipped card: the edit goes to an override in the user's decks, keeps the card's
history, survives an upgrade of the shipped file and gives way when its block is deleted."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from drill.config import Settings, load_settings
from drill.core.cards import DeckFileError
from drill.library import drop_unedited_override, override_for_edit, sync_decks
from drill.review import answer
from drill.store.db import Store, open_store
from drill.store.models import Card, ReviewLog
from tests.conftest import at

SHIPPED = """+++
name = "Big-O"
tags = ["bigo"]
+++

## Lists

ID: bigo-append
Tags: list
Q: What does `lst.append(x)` cost?
A: O(1) amortised.

ID: bigo-pop0
Q: What does `lst.pop(0)` cost?
A: O(n): every other element shifts.

Q: What does `x in s` cost for a set?
A: O(1) on average.
"""

APPEND_BLOCK = """ID: bigo-append
Tags: list
Q: What does `lst.append(x)` cost?
A: O(1) amortised."""


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder standing in for the installed package's decks/."""
    folder = tmp_path / "site-packages" / "decks"
    folder.mkdir(parents=True)
    (folder / "bigo.md").write_text(SHIPPED)
    import drill.config as config

    original = config.shipped_dir
    monkeypatch.setattr(config, "shipped_dir", lambda n: folder if n == "decks" else original(n))
    return folder


@pytest.fixture
def settings(home: Path, shipped: Path) -> Settings:
    return load_settings(home)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings)
    sync_decks(s, settings)
    yield s
    s.close()


def card(store: Store, uid: str) -> Card:
    with store.read() as s:
        row = s.scalar(select(Card).where(Card.uid == uid))
        assert row is not None
        s.expunge(row)
        return row


def log_rows(store: Store, card_id: int) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).where(ReviewLog.card_id == card_id)) or 0


def upgrade(shipped: Path, old: str, new: str) -> None:
    """Replace the shipped file as an install would (new content, new mtime)."""
    file = shipped / "bigo.md"
    text = file.read_text()
    assert old in text
    file.write_text(text.replace(old, new))
    st = file.stat()
    os.utime(file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_an_edited_shipped_card_keeps_its_history_and_survives_an_upgrade(
    settings: Settings, store: Store, shipped: Path
) -> None:
    before = card(store, "bigo-append")
    answer(store, settings, before.id, 4, at("2026-03-02T09:00:00Z"))

    path, line = override_for_edit(settings, "bigo.md", "bigo-append")
    assert path == settings.user_decks / "overrides" / "bigo.md"
    text = path.read_text()
    assert text.splitlines()[line - 1 : line + 3] == APPEND_BLOCK.splitlines()
    assert (shipped / "bigo.md").read_text() == SHIPPED  # the package is never written

    path.write_text(text.replace("A: O(1) amortised.", "A: O(1) amortised; it over-allocates."))
    report = sync_decks(store, settings)
    assert (report.added, report.updated, report.suspended) == (0, 1, 0)
    edited = card(store, "bigo-append")
    assert edited.id == before.id and edited.back == "O(1) amortised; it over-allocates."
    assert (edited.source_root, edited.source_path) == ("user", "overrides/bigo.md")
    assert edited.source_line == line
    assert edited.tags == "bigo list" and edited.reviews == 1
    assert log_rows(store, edited.id) == 1

    # a second edit of the same card opens the same block: nothing is copied twice
    again = path.read_text()
    assert override_for_edit(settings, "bigo.md", "bigo-append") == (path, line)
    assert path.read_text() == again and again.count("ID: bigo-append") == 1

    # an upgrade changes the overridden card and another one
    upgrade(shipped, "A: O(1) amortised.", "A: O(1) amortised (the shipped fix).")
    upgrade(shipped, "every other element shifts.", "every later element shifts left.")
    report = sync_decks(store, settings)
    assert (report.added, report.updated, report.suspended) == (0, 1, 0)
    assert card(store, "bigo-pop0").back == "O(n): every later element shifts left."
    assert card(store, "bigo-append").back == "O(1) amortised; it over-allocates."
    assert len(report.notes) == 1
    assert "'bigo-append' changed in an update; your version is kept" in report.notes[0]
    assert report.notes[0].startswith(f"{path}:{line}: ")

    # deleting the block brings the (upgraded) shipped card back, history and all
    path.write_text(path.read_text().replace("ID: bigo-append", "ID: gone").split("ID: gone")[0])
    report = sync_decks(store, settings)
    assert (report.added, report.updated, report.suspended) == (0, 1, 0)
    back = card(store, "bigo-append")
    assert back.id == before.id and back.back == "O(1) amortised (the shipped fix)."
    assert (back.source_root, back.source_path) == ("shipped", "bigo.md")
    assert back.reviews == 1 and log_rows(store, back.id) == 1 and not back.removed


def test_a_card_without_an_id_gets_its_hash_id_so_a_new_front_keeps_its_history(
    settings: Settings, store: Store
) -> None:
    with store.read() as s:
        uid = s.scalar(select(Card.uid).where(Card.front.like("%x in s%")))
    assert uid is not None and uid.startswith("h-")
    before = card(store, uid)
    path, line = override_for_edit(settings, "bigo.md", uid)
    assert path.read_text().splitlines()[line - 1] == f"ID: {uid}"
    path.write_text(path.read_text().replace("cost for a set?", "cost for a Python set?"))
    sync_decks(store, settings)
    after = card(store, uid)
    assert after.id == before.id and after.front == "What does `x in s` cost for a Python set?"
    with store.read() as s:
        assert s.scalar(select(func.count(Card.id))) == 3  # no second card for the new front


def test_closing_the_editor_without_a_change_leaves_no_override(
    settings: Settings, store: Store
) -> None:
    path, _ = override_for_edit(settings, "bigo.md", "bigo-pop0")
    override_for_edit(settings, "bigo.md", "bigo-append")
    path.write_text(path.read_text().replace("O(1) amortised.", "O(1), amortised."))
    assert drop_unedited_override(settings, "bigo.md", "bigo-pop0")
    assert "bigo-pop0" not in path.read_text()  # its [shipped] fingerprint went too
    assert not drop_unedited_override(settings, "bigo.md", "bigo-append")  # edited: kept
    sync_decks(store, settings)
    assert card(store, "bigo-append").back == "O(1), amortised."
    assert card(store, "bigo-pop0").source_root == "shipped"
    path.write_text(path.read_text().replace("O(1), amortised.", "O(1) amortised."))
    assert drop_unedited_override(settings, "bigo.md", "bigo-append")
    assert not path.exists()
    sync_decks(store, settings)
    restored = card(store, "bigo-append")
    assert (restored.back, restored.source_path) == ("O(1) amortised.", "bigo.md")


def test_a_shipped_file_removed_by_an_upgrade_suspends_its_overridden_cards_too(
    settings: Settings, store: Store, shipped: Path
) -> None:
    path, _ = override_for_edit(settings, "bigo.md", "bigo-append")
    path.write_text(path.read_text().replace("O(1) amortised.", "O(1), amortised."))
    sync_decks(store, settings)
    (shipped / "bigo.md").unlink()
    report = sync_decks(store, settings)
    assert report.suspended == 3
    assert card(store, "bigo-append").removed  # suspended, never deleted
    assert path.exists()  # the user's file is left alone


def test_an_override_card_id_used_by_a_users_own_deck_is_an_error(
    settings: Settings, store: Store
) -> None:
    path, line = override_for_edit(settings, "bigo.md", "bigo-append")
    mine = settings.user_decks / "mine.md"
    mine.write_text('+++\nname = "Mine"\n+++\n\nID: bigo-append\nQ: x?\nA: y.\n')
    with pytest.raises(DeckFileError) as info:
        sync_decks(store, settings)
    assert str(info.value) == (
        f"{mine}:5: card ID 'bigo-append' is also used at {path}:{line}; "
        "IDs must be unique across decks"
    )


def test_the_same_id_in_two_of_the_users_own_files_is_still_an_error(
    settings: Settings, store: Store
) -> None:
    settings.user_decks.mkdir(parents=True, exist_ok=True)
    (settings.user_decks / "a.md").write_text('+++\nname = "A"\n+++\n\nID: twice\nQ: x?\nA: y.\n')
    (settings.user_decks / "b.md").write_text('+++\nname = "B"\n+++\nID: twice\nQ: z?\nA: w.\n')
    with pytest.raises(DeckFileError) as info:
        sync_decks(store, settings)
    a, b = settings.user_decks / "a.md", settings.user_decks / "b.md"
    assert str(info.value) == (
        f"{b}:4: card ID 'twice' is also used at {a}:5; IDs must be unique across decks"
    )
