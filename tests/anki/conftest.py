"""Fixtures: a drill home holding one small deck, and fresh collections of the real Anki."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from drill.config import Settings, load_settings
from drill.library import sync_decks
from drill.store.db import Store, open_store

MINI = """\
+++
name = "Mini"
description = "Small deck for the Anki tests."
tags = ["mini"]
+++

ID: m-basic
Tags: topic
Q: What does `key in d` cost for a "dict"?
A: O(1) on average & O(n) worst case; a coffee costs \\$5.

ID: m-math
Q: When is $a < b$ for $$\\sum_i x_i$$?
A: Always *emphasised*.

ID: m-cloze
Tags: search
C: Binary search runs in {{c1::O(log n)}} time on {{c2::a **sorted** array::what input}}.
A: It halves the range each step.

ID: m-code
C: Pop the smallest item:
```python
smallest = heapq.{{c1::heappop}}(h)  # a < b
```

ID: m-new
Q: Never reviewed?
A: Stays new.
"""
"""5 notes, 6 cards: the cloze note m-cloze has two deletions."""

MINI_NOTES = 5
MINI_CARDS = 6


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass
class Mini:
    home: Path
    deck_file: Path
    settings: Settings
    store: Store
    monkeypatch: pytest.MonkeyPatch

    def sync(self, when: str) -> None:
        """Sync the deck files as `drill sync` would at the instant `when`."""
        self.monkeypatch.setenv("DRILL_NOW", when)
        sync_decks(self.store, self.settings)

    def card_ids(self) -> dict[str, int]:
        from sqlalchemy import select

        from drill.store.models import Card

        with self.store.session() as s:
            return {uid: cid for uid, cid in s.execute(select(Card.uid, Card.id)).all()}


@pytest.fixture
def no_shipped_decks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Hide the shipped decks so counts are exact."""
    import drill.config as config

    empty = tmp_path / "no-shipped"
    empty.mkdir(exist_ok=True)
    original = config.shipped_dir
    monkeypatch.setattr(
        config, "shipped_dir", lambda name: empty if name == "decks" else original(name)
    )


@pytest.fixture
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_shipped_decks: None) -> Iterator[Mini]:
    home = tmp_path / "home"
    (home / "decks").mkdir(parents=True)
    deck_file = home / "decks" / "mini.md"
    deck_file.write_text(MINI, encoding="utf-8")
    monkeypatch.setenv("DRILL_HOME", str(home))
    monkeypatch.setenv("DRILL_NOW", "2025-03-01T08:00:00Z")
    settings = load_settings(home)
    store = open_store(settings)
    sync_decks(store, settings)
    yield Mini(home, deck_file, settings, store, monkeypatch)
    store.close()


@pytest.fixture
def anki_col(tmp_path: Path) -> Iterator[Any]:
    """A fresh, empty collection of the real Anki library."""
    from anki.collection import Collection

    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


def import_into(col: Any, package: Path, with_scheduling: bool = False) -> Any:
    """Import a package as Anki's own File > Import does; returns Anki's import log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(
        package_path=str(package),
        options=ImportAnkiPackageOptions(with_scheduling=with_scheduling),
    )
    return col.import_anki_package(request).log


def note_by_guid(col: Any, guid: str) -> Any:
    nid = col.db.scalar("SELECT id FROM notes WHERE guid = ?", guid)
    assert nid, f"no note with GUID {guid}"
    return col.get_note(nid)
