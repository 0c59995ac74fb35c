"""Syncing deck files: history survives edits, removed cards suspend, bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from drill.config import Settings
from drill.core.cards import DeckFileError
from drill.library import ensure_synced, sync_decks
from drill.review import answer, next_card
from drill.store.db import Store
from drill.store.models import Card, ReviewLog
from tests.conftest import at

DAY1 = at("2026-03-02T09:00:00Z")


def deck_file(settings: Settings) -> Path:
    return settings.user_decks / "sample.md"


def cards(store: Store) -> dict[str, Card]:
    with store.session() as s:
        return {c.uid: c for c in s.scalars(select(Card))}


def review_all(store: Store, settings: Settings) -> None:
    while (card := next_card(store, settings, DAY1)) is not None:
        answer(store, settings, card.id, 4, DAY1)


def test_first_sync_adds_every_card(store: Store) -> None:
    assert sorted(cards(store)) == [
        "s-binary-search",
        "s-dict-in",
        "s-heap-code",
        "s-list-append",
        "s-sigmoid",
    ]


def test_resync_of_unchanged_files_changes_nothing(store: Store, settings: Settings) -> None:
    report = sync_decks(store, settings)
    assert (report.added, report.updated, report.suspended, report.unchanged) == (0, 0, 0, 5)


def test_editing_a_back_keeps_history_and_bumps_modified_time(
    store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    review_all(store, settings)
    before = cards(store)["s-dict-in"]
    path = deck_file(settings)
    path.write_text(path.read_text().replace("many keys collide", "all keys collide"))
    monkeypatch.setenv("DRILL_NOW", "2026-03-05T10:00:00Z")
    report = sync_decks(store, settings)
    assert (report.added, report.updated) == (0, 1)
    after = cards(store)["s-dict-in"]
    assert after.id == before.id and "all keys collide" in after.back
    assert (after.repetitions, after.interval, after.due) == (
        before.repetitions,
        before.interval,
        before.due,
    )
    assert after.modified_at == at("2026-03-05T10:00:00Z") and before.modified_at == DAY1


def test_editing_a_front_keeps_history_when_the_card_has_an_id(
    store: Store, settings: Settings
) -> None:
    review_all(store, settings)
    path = deck_file(settings)
    path.write_text(path.read_text().replace("Pop the smallest item", "Remove the minimum"))
    sync_decks(store, settings)
    card = cards(store)["s-heap-code"]
    assert card.front.startswith("Remove the minimum") and card.repetitions == 1


def test_editing_a_front_without_id_makes_a_new_card_and_suspends_the_old(
    store: Store, settings: Settings
) -> None:
    path = deck_file(settings)
    path.write_text(path.read_text() + "\nQ: No id here\nA: fine\n")
    sync_decks(store, settings)
    path.write_text(path.read_text().replace("No id here", "No ID here"))
    report = sync_decks(store, settings)
    assert (report.added, report.suspended) == (1, 1)


def test_card_removed_from_its_file_is_suspended_not_deleted_and_comes_back(
    store: Store, settings: Settings
) -> None:
    review_all(store, settings)
    path = deck_file(settings)
    original = path.read_text()
    path.write_text(original.split("ID: s-sigmoid")[0])
    report = sync_decks(store, settings)
    assert report.suspended == 1
    card = cards(store)["s-sigmoid"]
    assert card.removed and card.reviews == 1
    with store.session() as s:
        assert s.scalars(select(ReviewLog).where(ReviewLog.card_id == card.id)).first() is not None
    path.write_text(original)
    report = sync_decks(store, settings)
    assert report.restored == 1 and not cards(store)["s-sigmoid"].removed


def test_a_bad_file_changes_nothing(store: Store, settings: Settings) -> None:
    snapshot = {uid: (c.front, c.back, c.removed) for uid, c in cards(store).items()}
    path = deck_file(settings)
    path.write_text(
        path.read_text()
        .replace("A: O(1) on average", "X: O(1) on average")
        .replace("many keys collide", "changed")
        + "\nQ: new card\nA: new\n"
    )
    with pytest.raises(DeckFileError) as info:
        sync_decks(store, settings)
    assert str(info.value).startswith(f"{path.resolve()}:")
    assert {uid: (c.front, c.back, c.removed) for uid, c in cards(store).items()} == snapshot


def test_two_files_with_one_id_is_an_error_naming_both(store: Store, settings: Settings) -> None:
    other = settings.user_decks / "other.md"
    other.write_text('+++\nname = "Other"\n+++\nID: s-dict-in\nQ: x\nA: y\n')
    with pytest.raises(DeckFileError) as info:
        sync_decks(store, settings)
    message = str(info.value)
    assert "other.md:4" in message and "sample.md:" in message


def test_auto_sync_reports_a_broken_file_without_raising(store: Store, settings: Settings) -> None:
    assert ensure_synced(store, settings) == (None, None)  # nothing changed
    path = deck_file(settings)
    path.write_text(path.read_text() + "\nQ: dangling\n")
    report, warning = ensure_synced(store, settings)
    assert report is None and warning is not None and "has no A:" in warning
