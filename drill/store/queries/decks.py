"""The SQL behind deck sync: what each machine synced of each file, and bulk card writes.

Written as plain SQL through `Store.sql` rather than the ORM: on SQLite a sync then runs on
the standard library's sqlite3 alone, so a `drill sync` after a one-card edit never pays for
importing SQLAlchemy. The same statements run on PostgreSQL through SQLAlchemy's connection.
The columns and stored forms are the models' (drill.store.models); tests/store keep both
ways of writing in step."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from drill.core.cards import CardSpec, DeckFileError, DeckSpec
from drill.store.db import SYNC_LOCK, Sql, Store, in_list

CHUNK = 100
"""Cards written per transaction: short enough that an answer never waits long behind a sync."""

YIELD_S = 0.005
"""The pause between two write transactions of one sync. SQLite has no queue for its write
lock: a waiting answer polls for it (after 1, 2, 5, 10 ms...), so a sync that took the lock
again at once could keep an answer waiting for a whole file."""


@dataclass(frozen=True)
class FileStamp:
    """A deck file as one machine sees it: its root, path inside it, stat and label."""

    root: str
    path: str
    mtime_ns: int
    size: int
    label: str
    override: tuple[str, str] | None = None
    """For a shipped file, where its override lives (root, path): cards sourced there are this
    file's cards too, whether or not this machine has the override."""
    override_label: str = ""
    """The override's label when this machine has it (its cards carry it as their path)."""

    @property
    def key(self) -> tuple[str, str]:
        return self.root, self.path

    @property
    def keys(self) -> set[tuple[str, str]]:
        """The file and its override: every place this file's cards may be sourced from."""
        return {self.key} if self.override is None else {self.key, self.override}

    def source_of(self, card: CardSpec) -> tuple[str, str]:
        """Where a card of this file's spec is written: the override or the file itself."""
        if self.override is not None and self.override_label and card.path == self.override_label:
            return self.override
        return self.key


@dataclass(frozen=True)
class FileRecord:
    """What a machine last synced of a file."""

    sha1: str
    mtime_ns: int
    size: int


@dataclass
class Written:
    """Card counts of one sync step."""

    added: int = 0
    updated: int = 0
    restored: int = 0
    unchanged: int = 0
    suspended: int = 0
    moved: int = 0  # unchanged content at a new line, file or deck (counted as unchanged)

    def add(self, other: Written) -> None:
        self.added += other.added
        self.updated += other.updated
        self.restored += other.restored
        self.unchanged += other.unchanged
        self.suspended += other.suspended


def known_files(store: Store, machine: str) -> dict[tuple[str, str], FileRecord]:
    with store.sql(write=False) as c:
        rows = c.rows(
            "SELECT root, path, sha1, mtime_ns, size FROM deck_files WHERE machine = :machine",
            {"machine": machine},
        )
    return {(root, path): FileRecord(sha1, mtime, size) for root, path, sha1, mtime, size in rows}


def _lock(c: Sql) -> None:
    """Concurrent syncs queue here (SQLite's BEGIN IMMEDIATE already serialises them)."""
    if c.postgres:
        c.run("SELECT pg_advisory_xact_lock(:key)", {"key": SYNC_LOCK})


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _by_uid(c: Sql, columns: str, uids: list[str]) -> list[tuple[Any, ...]]:
    """`columns` of the cards with these uids (at most CHUNK of them)."""
    where, params = in_list("u", uids)
    return c.rows(f"SELECT {columns} FROM cards WHERE uid IN {where}", params)


def _mark_removed(c: Sql, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        where, params = in_list("i", chunk)
        c.run(f"UPDATE cards SET removed = :yes WHERE id IN {where}", {**params, "yes": True})


def check_conflicts(
    store: Store, changed: list[tuple[FileStamp, DeckSpec]], gone: Iterable[tuple[str, str]]
) -> None:
    """A changed file may not take a deck name or card ID that a file it doesn't replace holds.

    Cards whose file (or its override) is being re-read or is gone, or that are suspended as
    removed, may move: so a card moves between a shipped file and its override freely."""
    moving = {key for stamp, _ in changed for key in stamp.keys} | set(gone)
    names = {spec.name: stamp for stamp, spec in changed}
    with store.sql(write=False) as c:
        decks: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(names)):
            where, params = in_list("n", chunk)
            decks += c.rows(f"SELECT id, name, source FROM decks WHERE name IN {where}", params)
        for deck_id, name, source in decks:
            root, sep, path = source.partition(":")
            if not sep or (root, path) in moving:
                continue
            holder = c.one(
                "SELECT id FROM cards WHERE deck_id = :deck AND removed = :no "
                "AND source_root = :root AND source_path = :path LIMIT 1",
                {"deck": deck_id, "no": False, "root": root, "path": path},
            )
            if holder is not None:
                raise DeckFileError(
                    names[name].label,
                    1,
                    f"deck name {name!r} is also used by {path} in the {root!r} decks; rename one",
                )
        by_uid = {card.uid: card for _, spec in changed for card in spec.cards}
        for chunk in _chunks(list(by_uid)):
            # `removed` is filtered here, not in SQL: with it in the WHERE clause SQLite
            # prefers the queue index and scans every card instead of looking up the uids
            rows = _by_uid(c, "uid, source_root, source_path, source_line, removed", chunk)
            for uid, root, path, line, removed in rows:
                if removed or (root, path) in moving or not root:
                    continue
                card = by_uid[uid]
                raise DeckFileError(
                    card.path,
                    card.line,
                    f"card ID {card.note_id!r} is also used at {path}:{line} in the {root!r} "
                    "decks; IDs must be unique across decks",
                )


_FILE_KEY = "machine = :machine AND root = :root AND path = :path"


def _record(
    c: Sql,
    machine: str,
    stamp: FileStamp,
    digest: str,
    when: datetime,
    uids: set[str] | None = None,
) -> None:
    """Remember what this machine synced of the file (`uids` None: the same cards as before)."""
    values: dict[str, Any] = {
        "machine": machine,
        "root": stamp.root,
        "path": stamp.path,
        "sha1": digest,
        "mtime_ns": stamp.mtime_ns,
        "size": stamp.size,
        "synced_at": c.instant(when),
        "uids": "\n".join(sorted(uids)) if uids is not None else "",
    }
    if c.one(f"SELECT 1 FROM deck_files WHERE {_FILE_KEY}", values) is None:
        c.run(
            "INSERT INTO deck_files (machine, root, path, sha1, mtime_ns, size, synced_at, uids) "
            "VALUES (:machine, :root, :path, :sha1, :mtime_ns, :size, :synced_at, :uids)",
            values,
        )
        return
    also = ", uids = :uids" if uids is not None else ""
    c.run(
        "UPDATE deck_files SET sha1 = :sha1, mtime_ns = :mtime_ns, size = :size, "
        f"synced_at = :synced_at{also} WHERE {_FILE_KEY}",
        values,
    )


def touch_files(
    store: Store, machine: str, files: list[tuple[FileStamp, str]], when: datetime
) -> None:
    """Files whose stat changed but whose content didn't: only the stat is remembered."""
    if not files:
        return
    with store.sql() as c:
        _lock(c)
        for stamp, digest in files:
            _record(c, machine, stamp, digest, when)


def _recorded_uids(c: Sql, machine: str, root: str, path: str) -> set[str]:
    row = c.one(
        f"SELECT uids FROM deck_files WHERE {_FILE_KEY}",
        {"machine": machine, "root": root, "path": path},
    )
    return set(row[0].split("\n")) - {""} if row is not None else set()


def _suspend_lost(c: Sql, keys: set[tuple[str, str]], uids: set[str]) -> int:
    """Suspend (as removed) those of `uids` that still belong to this file (`keys`: the file
    and its override); how many."""
    lost: list[int] = []
    for chunk in _chunks(sorted(uids)):  # by uid alone: see check_conflicts
        rows = _by_uid(c, "id, source_root, source_path, removed", chunk)
        lost.extend(cid for cid, r, p, gone in rows if (r, p) in keys and not gone)
    _mark_removed(c, lost)
    return len(lost)


def _card_values(spec: CardSpec, deck_id: int, stamp: FileStamp) -> dict[str, object]:
    root, path = stamp.source_of(spec)
    return {
        "note_id": spec.note_id,
        "deck_id": deck_id,
        "kind": spec.kind,
        "ord": spec.ord,
        "front": spec.front,
        "back": spec.back,
        "tags": " ".join(spec.tags),
        "source_root": root,
        "source_path": path,
        "source_line": spec.line,
    }


def _new_card(spec: CardSpec, values: dict[str, object], when: object) -> dict[str, object]:
    """Every column of a new card, with the models' defaults for those the file doesn't set."""
    return {
        **values,
        "uid": spec.uid,
        "content_hash": spec.content_hash,
        "created_at": when,
        "modified_at": when,
        "repetitions": 0,
        "ef": 250,
        "interval": 0,
        "due": None,
        "lapses": 0,
        "reviews": 0,
        "last_review": None,
        "learning_day": None,
        "removed": False,
        "suspended": False,
        "leech": False,
        "scheduler": "sm2",
        "stability": None,
        "difficulty": None,
        "buried_day": None,
    }


def _insert_sql(columns: Iterable[str]) -> str:
    names = list(columns)  # quoted: "interval" is a keyword of PostgreSQL's
    quoted = ", ".join(f'"{n}"' for n in names)
    return f"INSERT INTO cards ({quoted}) VALUES ({', '.join(':' + n for n in names)})"


def _update_sql(columns: Iterable[str]) -> str:
    sets = ", ".join(f'"{n}" = :{n}' for n in columns if n != "id")
    return f"UPDATE cards SET {sets} WHERE id = :id"


def _write_chunk(
    c: Sql,
    chunk: list[CardSpec],
    deck_id: int,
    stamp: FileStamp,
    when: datetime,
    dry_run: bool = False,
) -> Written:
    """Insert and update one chunk's cards (with `dry_run`, only count what would change)."""
    counts = Written()
    columns = "uid, id, content_hash, removed, source_root, source_path, source_line, deck_id"
    existing = {row[0]: row for row in _by_uid(c, columns, [card.uid for card in chunk])}
    instant = c.instant(when)
    new_rows: list[dict[str, object]] = []
    updates: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for card in chunk:
        values = _card_values(card, deck_id, stamp)
        row = existing.get(card.uid)
        if row is None:
            new_rows.append(_new_card(card, values, instant))
            counts.added += 1
            continue
        _uid, card_id, content_hash, removed, root, path, line, deck = row
        moved = (root, path, line, deck) != (*stamp.source_of(card), card.line, deck_id)
        change: dict[str, object] | None = None
        if content_hash != card.content_hash:
            change = {
                **values,
                "id": card_id,
                "content_hash": card.content_hash,
                "modified_at": instant,
                "removed": False,
            }
        elif removed or moved:
            change = {**values, "id": card_id, "removed": False}
        if change is not None:
            updates.setdefault(tuple(change), []).append(change)
        if removed:
            counts.restored += 1
        elif content_hash != card.content_hash:
            counts.updated += 1
        elif moved:
            counts.moved += 1
        else:
            counts.unchanged += 1
    if dry_run:
        return counts
    counts.unchanged += counts.moved
    counts.moved = 0
    if new_rows:
        c.many(_insert_sql(new_rows[0]), new_rows)
    for keys, rows in updates.items():
        c.many(_update_sql(keys), rows)
    return counts


def _deck_id(c: Sql, spec: DeckSpec, stamp: FileStamp) -> int:
    """The deck's id (made when new), its description, tags and source set from the file."""
    values = {
        "name": spec.name,
        "description": spec.description,
        "tags": " ".join(spec.tags),
        "source": f"{stamp.root}:{stamp.path}",
    }
    row = c.one("SELECT id FROM decks WHERE name = :name", values)
    if row is None:
        c.run(
            "INSERT INTO decks (name, description, tags, source) "
            "VALUES (:name, :description, :tags, :source)",
            values,
        )
        row = c.one("SELECT id FROM decks WHERE name = :name", values)
        assert row is not None
    else:
        c.run(
            "UPDATE decks SET description = :description, tags = :tags, source = :source "
            "WHERE id = :id",
            {**values, "id": row[0]},
        )
    return int(row[0])


def write_file(
    store: Store,
    machine: str,
    stamp: FileStamp,
    spec: DeckSpec,
    digest: str,
    when: datetime,
    seen_everywhere: set[str],
) -> Written:
    """Write one file's cards: new ones inserted, changed ones updated, lost ones suspended.

    Each chunk of cards is its own short transaction; what the machine synced of the file is
    recorded with the last one, so a sync cut short is simply redone."""
    with store.sql() as c:
        _lock(c)
        deck_id = _deck_id(c, spec, stamp)
    counts = Written()
    cards = list(spec.cards)
    for chunk in _chunks(cards):
        with store.sql(write=False) as c:  # most chunks of an edited file hold no change
            quiet = _write_chunk(c, chunk, deck_id, stamp, when, dry_run=True)
        if quiet.unchanged == len(chunk):
            counts.add(quiet)
            continue
        with store.sql() as c:  # re-read under the lock: another sync may have written
            _lock(c)
            counts.add(_write_chunk(c, chunk, deck_id, stamp, when))
        if not store.is_postgres:  # PostgreSQL queues lock waiters itself
            time.sleep(YIELD_S)
    with store.sql() as c:
        _lock(c)
        before = _recorded_uids(c, machine, stamp.root, stamp.path)
        counts.suspended += _suspend_lost(c, stamp.keys, before - seen_everywhere)
        _record(c, machine, stamp, digest, when, {card.uid for card in cards})
    return counts


def retire_file(
    store: Store,
    machine: str,
    root: str,
    path: str,
    seen_everywhere: set[str],
    override: tuple[str, str] | None = None,
) -> int:
    """A file this machine synced before is gone from its root: its cards (those its
    `override` supplied too) are suspended."""
    with store.sql() as c:
        _lock(c)
        before = _recorded_uids(c, machine, root, path)
        keys = {(root, path)} if override is None else {(root, path), override}
        lost = _suspend_lost(c, keys, before - seen_everywhere)
        c.run(
            f"DELETE FROM deck_files WHERE {_FILE_KEY}",
            {"machine": machine, "root": root, "path": path},
        )
    return lost


def retire_legacy(store: Store, scanned: set[str], seen_everywhere: set[str]) -> int:
    """Cards stored before roots existed (their path still absolute) whose file this machine
    just read, but which that file no longer holds, are suspended as the old sync would."""
    with store.sql(write=False) as c:
        if c.one("SELECT id FROM cards WHERE source_root = '' LIMIT 1") is None:
            return 0
    with store.sql() as c:
        rows = c.rows(
            "SELECT id, uid, source_path FROM cards WHERE source_root = '' AND removed = :no",
            {"no": False},
        )
        lost = [cid for cid, uid, path in rows if uid not in seen_everywhere and path in scanned]
        _mark_removed(c, lost)
    return len(lost)


def live_cards(store: Store, files: list[tuple[str, str]]) -> int:
    """How many unsuspended cards the given (root, path) files hold."""
    total = 0
    with store.sql(write=False) as c:
        for root, path in files:
            row = c.one(
                "SELECT count(id) FROM cards WHERE source_root = :root "
                "AND source_path = :path AND removed = :no",
                {"root": root, "path": path, "no": False},
            )
            total += int(row[0]) if row else 0
    return total


def all_deck_names(store: Store) -> list[str]:
    with store.sql(write=False) as c:
        return sorted(name for (name,) in c.rows("SELECT name FROM decks"))
