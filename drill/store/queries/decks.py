"""The SQL behind deck sync: what each machine synced of each file, and bulk card writes."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from drill.core.cards import CardSpec, DeckFileError, DeckSpec
from drill.store.db import SYNC_LOCK, Store
from drill.store.models import Card, Deck, DeckFile

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
    with store.read() as s:
        return {
            (r.root, r.path): FileRecord(r.sha1, r.mtime_ns, r.size)
            for r in s.scalars(select(DeckFile).where(DeckFile.machine == machine))
        }


def _lock(s: Session, store: Store) -> None:
    """Concurrent syncs queue here (SQLite's BEGIN IMMEDIATE already serialises them)."""
    if store.is_postgres:
        s.execute(select(func.pg_advisory_xact_lock(SYNC_LOCK)))


def _chunks(items: list[CardSpec], size: int = CHUNK) -> Iterator[list[CardSpec]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def check_conflicts(
    store: Store, changed: list[tuple[FileStamp, DeckSpec]], gone: Iterable[tuple[str, str]]
) -> None:
    """A changed file may not take a deck name or card ID that a file it doesn't replace holds.

    Cards whose file (or its override) is being re-read or is gone, or that are suspended as
    removed, may move: so a card moves between a shipped file and its override freely."""
    moving = {key for stamp, _ in changed for key in stamp.keys} | set(gone)
    names = {spec.name: stamp for stamp, spec in changed}
    with store.read() as s:
        for deck in s.scalars(select(Deck).where(Deck.name.in_(list(names)))):
            root, sep, path = deck.source.partition(":")
            if not sep or (root, path) in moving:
                continue
            holder = s.scalar(
                select(Card.id).where(
                    Card.deck_id == deck.id,
                    Card.removed.is_(False),
                    Card.source_root == root,
                    Card.source_path == path,
                )
            )
            if holder is not None:
                raise DeckFileError(
                    names[deck.name].label,
                    1,
                    f"deck name {deck.name!r} is also used by {path} in the {root!r} decks; "
                    "rename one",
                )
        by_uid = {c.uid: c for _, spec in changed for c in spec.cards}
        uids = list(by_uid)
        for i in range(0, len(uids), CHUNK):
            # `removed` is filtered here, not in SQL: with it in the WHERE clause SQLite
            # prefers the queue index and scans every card instead of looking up the uids
            rows = s.execute(
                select(
                    Card.uid, Card.source_root, Card.source_path, Card.source_line, Card.removed
                ).where(Card.uid.in_(uids[i : i + CHUNK]))
            ).all()
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


def _record(
    s: Session,
    machine: str,
    stamp: FileStamp,
    digest: str,
    when: datetime,
    uids: set[str] | None = None,
) -> None:
    """Remember what this machine synced of the file (`uids` None: the same cards as before)."""
    row = s.get(DeckFile, (machine, stamp.root, stamp.path))
    if row is None:
        row = DeckFile(machine=machine, root=stamp.root, path=stamp.path, uids="")
        s.add(row)
    row.sha1, row.mtime_ns, row.size, row.synced_at = digest, stamp.mtime_ns, stamp.size, when
    if uids is not None:
        row.uids = "\n".join(sorted(uids))


def touch_files(
    store: Store, machine: str, files: list[tuple[FileStamp, str]], when: datetime
) -> None:
    """Files whose stat changed but whose content didn't: only the stat is remembered."""
    if not files:
        return
    with store.session() as s:
        _lock(s, store)
        for stamp, digest in files:
            _record(s, machine, stamp, digest, when)


def _recorded_uids(s: Session, machine: str, root: str, path: str) -> set[str]:
    row = s.get(DeckFile, (machine, root, path))
    return set(row.uids.split("\n")) - {""} if row is not None else set()


def _suspend_lost(s: Session, keys: set[tuple[str, str]], uids: set[str]) -> int:
    """Suspend (as removed) those of `uids` that still belong to this file (`keys`: the file
    and its override); how many."""
    wanted = sorted(uids)
    lost: list[int] = []
    for i in range(0, len(wanted), CHUNK):
        rows = s.execute(
            select(Card.id, Card.source_root, Card.source_path, Card.removed).where(
                Card.uid.in_(wanted[i : i + CHUNK])  # by uid alone: see check_conflicts
            )
        )
        lost.extend(cid for cid, r, p, gone in rows if (r, p) in keys and not gone)
    for i in range(0, len(lost), CHUNK):
        s.execute(update(Card).where(Card.id.in_(lost[i : i + CHUNK])).values(removed=True))
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


def _new_card(spec: CardSpec, values: dict[str, object], when: datetime) -> dict[str, object]:
    return {
        **values,
        "uid": spec.uid,
        "content_hash": spec.content_hash,
        "created_at": when,
        "modified_at": when,
        "repetitions": 0,
        "ef": 250,
        "interval": 0,
        "lapses": 0,
        "reviews": 0,
        "removed": False,
        "suspended": False,
        "leech": False,
    }


def _write_chunk(
    s: Session,
    chunk: list[CardSpec],
    deck_id: int,
    stamp: FileStamp,
    when: datetime,
    dry_run: bool = False,
) -> Written:
    """Insert and update one chunk's cards (with `dry_run`, only count what would change)."""
    counts = Written()
    existing = {
        row.uid: row
        for row in s.execute(
            select(
                Card.uid,
                Card.id,
                Card.content_hash,
                Card.removed,
                Card.source_root,
                Card.source_path,
                Card.source_line,
                Card.deck_id,
            ).where(Card.uid.in_([c.uid for c in chunk]))
        )
    }
    new_rows: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for c in chunk:
        values = _card_values(c, deck_id, stamp)
        row = existing.get(c.uid)
        if row is None:
            new_rows.append(_new_card(c, values, when))
            counts.added += 1
            continue
        moved = (row.source_root, row.source_path, row.source_line, row.deck_id) != (
            *stamp.source_of(c),
            c.line,
            deck_id,
        )
        if row.content_hash != c.content_hash:
            updates.append(
                {
                    **values,
                    "id": row.id,
                    "content_hash": c.content_hash,
                    "modified_at": when,
                    "removed": False,
                }
            )
        elif row.removed or moved:
            updates.append({**values, "id": row.id, "removed": False})
        if row.removed:
            counts.restored += 1
        elif row.content_hash != c.content_hash:
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
        s.execute(insert(Card), new_rows)
    if updates:
        s.execute(update(Card), updates)
    return counts


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
    with store.session() as s:
        _lock(s, store)
        deck = s.scalar(select(Deck).where(Deck.name == spec.name))
        if deck is None:
            deck = Deck(name=spec.name, description="", tags="", source="")
            s.add(deck)
            s.flush()
        deck.description = spec.description
        deck.tags = " ".join(spec.tags)
        deck.source = f"{stamp.root}:{stamp.path}"
        deck_id = deck.id
    counts = Written()
    cards = list(spec.cards)
    for chunk in _chunks(cards):
        with store.read() as s:  # most chunks of an edited file hold no change: no lock
            quiet = _write_chunk(s, chunk, deck_id, stamp, when, dry_run=True)
        if quiet.unchanged == len(chunk):
            counts.add(quiet)
            continue
        with store.session() as s:  # re-read under the lock: another sync may have written
            _lock(s, store)
            counts.add(_write_chunk(s, chunk, deck_id, stamp, when))
        if not store.is_postgres:  # PostgreSQL queues lock waiters itself
            time.sleep(YIELD_S)
    with store.session() as s:
        _lock(s, store)
        before = _recorded_uids(s, machine, stamp.root, stamp.path)
        counts.suspended += _suspend_lost(s, stamp.keys, before - seen_everywhere)
        _record(s, machine, stamp, digest, when, {c.uid for c in cards})
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
    with store.session() as s:
        _lock(s, store)
        before = _recorded_uids(s, machine, root, path)
        keys = {(root, path)} if override is None else {(root, path), override}
        lost = _suspend_lost(s, keys, before - seen_everywhere)
        s.execute(
            delete(DeckFile).where(
                DeckFile.machine == machine, DeckFile.root == root, DeckFile.path == path
            )
        )
    return lost


def retire_legacy(store: Store, scanned: set[str], seen_everywhere: set[str]) -> int:
    """Cards stored before roots existed (their path still absolute) whose file this machine
    just read, but which that file no longer holds, are suspended as the old sync would."""
    with store.read() as s:
        if s.scalar(select(Card.id).where(Card.source_root == "").limit(1)) is None:
            return 0
    with store.session() as s:
        lost = [
            cid
            for cid, uid, path in s.execute(
                select(Card.id, Card.uid, Card.source_path).where(
                    Card.source_root == "", Card.removed.is_(False)
                )
            )
            if uid not in seen_everywhere and path in scanned
        ]
        for i in range(0, len(lost), CHUNK):
            s.execute(update(Card).where(Card.id.in_(lost[i : i + CHUNK])).values(removed=True))
    return len(lost)


def live_cards(store: Store, files: list[tuple[str, str]]) -> int:
    """How many unsuspended cards the given (root, path) files hold."""
    total = 0
    with store.read() as s:
        for root, path in files:
            total += (
                s.scalar(
                    select(func.count(Card.id)).where(
                        Card.source_root == root,
                        Card.source_path == path,
                        Card.removed.is_(False),
                    )
                )
                or 0
            )
    return total


def all_deck_names(store: Store) -> list[str]:
    with store.read() as s:
        return sorted(s.scalars(select(Deck.name)))
