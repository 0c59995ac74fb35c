"""Find deck files in their named roots and sync them into the store, one changed file at a time.

A deck file is known by its root's name (`shipped`, `user`, or a `--decks NAME=DIR`) and its
path inside that root, never by one machine's absolute path. Each machine records what it synced
of each file (content hash and stat); a sync reads only the files whose content changed since,
writes their cards in bulk statements and short transactions, and suspends a card only when the
file that held it lost it (or went) on this machine. Files another machine holds, or holds in
another version, are left alone.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from drill.config import Settings, now
from drill.core.cards import CardSpec, DeckFileError, DeckSpec, check_unique, parse_deck
from drill.store.db import SYNC_LOCK, Store
from drill.store.models import Card, Deck, DeckFile

CHUNK = 500
"""Cards written per transaction: short enough that an answer never waits long behind a sync."""

MAX_DECK_BYTES = 16 << 20


@dataclass(frozen=True)
class DeckRef:
    """One deck file on this machine: its root, its path inside the root, where it is."""

    root: str
    path: str
    file: Path
    mtime_ns: int
    size: int

    @property
    def key(self) -> tuple[str, str]:
        return self.root, self.path

    @property
    def label(self) -> str:
        return str(self.file)


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    suspended: int = 0
    restored: int = 0
    unchanged: int = 0
    decks: list[str] = field(default_factory=list)
    files_read: int = 0
    skipped: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.suspended} suspended "
            f"(removed from their file), {self.unchanged} unchanged"
        )
        if self.restored:
            text += f", {self.restored} restored"
        return f"synced {len(self.decks)} decks: {text}"


def _is_candidate(name: str) -> bool:
    return (
        name.endswith(".md")
        and name.lower() != "readme.md"
        and not name.startswith((".", "#", "~"))  # editors' lock and backup files
    )


def scan_roots(
    roots: Iterable[tuple[str, Path]], skipped: list[str] | None = None
) -> list[DeckRef]:
    """Every regular `*.md` deck file in the roots, in a stable order.

    Anything else that ends in .md is passed over (named in `skipped`): a dangling symlink, a
    symlink loop, a FIFO, a device, a folder."""
    refs: list[DeckRef] = []
    seen: set[Path] = set()
    for root, folder in roots:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue  # a root that isn't there on this machine says nothing about its files
        for name in names:
            if not _is_candidate(name):
                continue
            file = folder / name
            try:
                st = file.stat()
                resolved = file.resolve(strict=True)
            except (OSError, RuntimeError):
                if skipped is not None:
                    skipped.append(f"{file}: a broken or looping link, passed over")
                continue
            if not stat.S_ISREG(st.st_mode):
                if skipped is not None:
                    skipped.append(f"{file}: not a regular file, passed over")
                continue
            if resolved in seen:
                continue
            seen.add(resolved)
            refs.append(DeckRef(root, name, file, st.st_mtime_ns, st.st_size))
    return refs


def deck_files(dirs: list[Path]) -> list[Path]:
    """The deck files in plain folders (for tools that need no roots)."""
    return [ref.file for ref in scan_roots((f"dir{i}", d) for i, d in enumerate(dirs))]


def _read_text(file: Path, label: str) -> tuple[str, str]:
    """(text, sha1 of its bytes), or DeckFileError naming the file and the line at fault."""
    try:
        with open(file, "rb") as fh:
            data = fh.read(MAX_DECK_BYTES + 1)
    except OSError as err:
        raise DeckFileError(label, 1, f"cannot read: {err.strerror}") from None
    if len(data) > MAX_DECK_BYTES:
        raise DeckFileError(label, 1, f"larger than {MAX_DECK_BYTES >> 20} MiB; split the deck")
    digest = hashlib.sha1(data).hexdigest()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark, as some editors write
    try:
        return data.decode("utf-8"), digest
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise DeckFileError(label, line, "not UTF-8 text here; save the file as UTF-8") from None


def read_deck(ref: DeckRef) -> tuple[DeckSpec, str]:
    text, digest = _read_text(ref.file, ref.label)
    return parse_deck(text, ref.label), digest


def read_decks(files: list[Path]) -> list[DeckSpec]:
    """Parse every file; the first error stops everything, before the store is touched."""
    decks = [parse_deck(_read_text(p, str(p))[0], str(p)) for p in files]
    check_unique(decks)
    return decks


def locate(settings: Settings, root: str, path: str) -> Path | None:
    """Where a card's file is on this machine, or None when this machine lacks it."""
    if not root:
        return Path(path) if Path(path).is_file() else None
    for name, folder in settings.named_deck_dirs():
        if name == root and (folder / path).is_file():
            return folder / path
    return None


# ---------------------------------------------------------------- the sync itself


@dataclass
class _Plan:
    """What a sync will do: files to (re)read, files gone, files only touched."""

    changed: list[tuple[DeckRef, DeckSpec, str]] = field(default_factory=list)
    gone: list[tuple[str, str]] = field(default_factory=list)
    touched: list[tuple[DeckRef, str]] = field(default_factory=list)
    known: dict[tuple[str, str], DeckFile] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.changed or self.gone or self.touched)


def _plan(store: Store, settings: Settings, refs: list[DeckRef], force: bool) -> _Plan:
    """Compare the files with what this machine synced; read only what changed."""
    plan = _Plan()
    with store.read() as s:
        rows = s.scalars(select(DeckFile).where(DeckFile.machine == settings.machine))
        plan.known = {(r.root, r.path): r for r in rows}
    present = {ref.key for ref in refs}
    live_roots = {name for name, folder in settings.named_deck_dirs() if folder.is_dir()}
    for key in plan.known:
        if key not in present and key[0] in live_roots:
            plan.gone.append(key)
    for ref in refs:
        row = plan.known.get(ref.key)
        if not force and row and (row.mtime_ns, row.size) == (ref.mtime_ns, ref.size):
            continue
        spec, digest = read_deck(ref)
        if not force and row is not None and row.sha1 == digest:
            plan.touched.append((ref, digest))
        else:
            plan.changed.append((ref, spec, digest))
    return plan


def _lock(s: Session, store: Store) -> None:
    """Concurrent syncs queue here (SQLite's BEGIN IMMEDIATE already serialises them)."""
    if store.is_postgres:
        s.execute(select(func.pg_advisory_xact_lock(SYNC_LOCK)))


def _chunks(items: list[CardSpec], size: int = CHUNK) -> Iterator[list[CardSpec]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _card_values(spec: CardSpec, deck_id: int, ref: DeckRef) -> dict[str, object]:
    return {
        "note_id": spec.note_id,
        "deck_id": deck_id,
        "kind": spec.kind,
        "ord": spec.ord,
        "front": spec.front,
        "back": spec.back,
        "tags": " ".join(spec.tags),
        "source_root": ref.root,
        "source_path": ref.path,
        "source_line": spec.line,
    }


def _check_against_store(
    s: Session, plan: _Plan, specs: list[tuple[DeckRef, DeckSpec, str]]
) -> None:
    """A changed file may not take a deck name or card ID that a file it doesn't replace holds.

    Cards whose file is being re-read or is gone, or that are suspended as removed, may move."""
    moving = {ref.key for ref, _, _ in specs} | set(plan.gone)
    names = {spec.name: ref for ref, spec, _ in specs}
    for deck in s.scalars(select(Deck).where(Deck.name.in_(list(names)))):
        root, _, path = deck.source.partition(":")
        if deck.source and (root, path) not in moving and ":" in deck.source:
            holder = s.scalar(
                select(Card.id).where(
                    Card.deck_id == deck.id,
                    Card.removed.is_(False),
                    Card.source_root == root,
                    Card.source_path == path,
                )
            )
            if holder is not None:
                ref = names[deck.name]
                raise DeckFileError(
                    ref.label,
                    1,
                    f"deck name {deck.name!r} is also used by {path} in the {root!r} decks; "
                    "rename one",
                )
    by_uid = {c.uid: (ref, c) for ref, spec, _ in specs for c in spec.cards}
    uids = list(by_uid)
    for i in range(0, len(uids), CHUNK):
        rows = s.execute(
            select(Card.uid, Card.source_root, Card.source_path, Card.source_line).where(
                Card.uid.in_(uids[i : i + CHUNK]), Card.removed.is_(False)
            )
        ).all()
        for uid, root, path, line in rows:
            if (root, path) in moving or not root:
                continue
            ref, card = by_uid[uid]
            raise DeckFileError(
                card.path,
                card.line,
                f"card ID {card.note_id!r} is also used at {path}:{line} in the {root!r} "
                "decks; IDs must be unique across decks",
            )


def sync_decks(
    store: Store, settings: Settings, files: list[Path] | None = None, *, force: bool = False
) -> SyncReport:
    """Bring the store up to date with this machine's deck files; history is kept and nothing
    is deleted. A file with an error changes nothing (DeckFileError names file:line).

    `files` is accepted for callers that name files explicitly; they must lie in a root."""
    skipped: list[str] = []
    refs = scan_roots(settings.named_deck_dirs(), skipped)
    if files is not None:
        wanted = {Path(f).resolve() for f in files}
        refs = [r for r in refs if r.file.resolve() in wanted]
    report = SyncReport(skipped=skipped)
    plan = _plan(store, settings, refs, force)
    specs = plan.changed
    check_unique(spec for _, spec, _ in specs)
    report.files_read = len(specs) + len(plan.touched)
    when = now()
    if specs or plan.gone:
        with store.read() as s:
            _check_against_store(s, plan, specs)
    seen_everywhere = {c.uid for _, spec, _ in specs for c in spec.cards}
    for ref, spec, digest in specs:
        _sync_file(store, settings, ref, spec, digest, when, seen_everywhere, report)
    for root, path in plan.gone:
        _retire_file(store, settings, root, path, seen_everywhere, report)
    if plan.touched:
        with store.session() as s:
            _lock(s, store)
            for ref, digest in plan.touched:
                _record(s, settings, ref, digest, when)
    if specs and _has_legacy_cards(store):
        _retire_legacy(store, {str(ref.file.resolve()) for ref in refs}, seen_everywhere, report)
    with store.read() as s:
        names = {spec.name for _, spec, _ in specs}
        report.decks = sorted(names | set(s.scalars(select(Deck.name))))
    unchanged_files = [r for r in refs if r.key not in {x.key for x, _, _ in specs}]
    if unchanged_files:
        with store.read() as s:
            for ref in unchanged_files:
                report.unchanged += (
                    s.scalar(
                        select(func.count(Card.id)).where(
                            Card.source_root == ref.root,
                            Card.source_path == ref.path,
                            Card.removed.is_(False),
                        )
                    )
                    or 0
                )
    return report


def _has_legacy_cards(store: Store) -> bool:
    with store.read() as s:
        return s.scalar(select(Card.id).where(Card.source_root == "").limit(1)) is not None


def _record(
    s: Session,
    settings: Settings,
    ref: DeckRef,
    digest: str,
    when: datetime,
    uids: set[str] | None = None,
) -> None:
    """Remember what this machine synced of the file (`uids` None: the same cards as before)."""
    row = s.get(DeckFile, (settings.machine, ref.root, ref.path))
    if row is None:
        row = DeckFile(machine=settings.machine, root=ref.root, path=ref.path, uids="")
        s.add(row)
    row.sha1, row.mtime_ns, row.size, row.synced_at = digest, ref.mtime_ns, ref.size, when
    if uids is not None:
        row.uids = "\n".join(sorted(uids))


def _sync_file(
    store: Store,
    settings: Settings,
    ref: DeckRef,
    spec: DeckSpec,
    digest: str,
    when: datetime,
    seen_everywhere: set[str],
    report: SyncReport,
) -> None:
    """Write one file's cards: new ones inserted, changed ones updated, lost ones suspended."""
    with store.session() as s:
        _lock(s, store)
        deck = s.scalar(select(Deck).where(Deck.name == spec.name))
        if deck is None:
            deck = Deck(name=spec.name, description="", tags="", source="")
            s.add(deck)
            s.flush()
        deck.description = spec.description
        deck.tags = " ".join(spec.tags)
        deck.source = f"{ref.root}:{ref.path}"
        deck_id = deck.id
    cards = list(spec.cards)
    for chunk in _chunks(cards):
        with store.session() as s:
            _lock(s, store)
            existing = {
                uid: (cid, chash, removed, root, path, line)
                for uid, cid, chash, removed, root, path, line in s.execute(
                    select(
                        Card.uid,
                        Card.id,
                        Card.content_hash,
                        Card.removed,
                        Card.source_root,
                        Card.source_path,
                        Card.source_line,
                    ).where(Card.uid.in_([c.uid for c in chunk]))
                )
            }
            new_rows: list[dict[str, object]] = []
            updates: list[dict[str, object]] = []
            for c in chunk:
                values = _card_values(c, deck_id, ref)
                row = existing.get(c.uid)
                if row is None:
                    new_rows.append(
                        {
                            **values,
                            "uid": c.uid,
                            "content_hash": c.content_hash,
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
                    )
                    report.added += 1
                    continue
                cid, chash, removed, root, path, line = row
                moved = (root, path, line) != (ref.root, ref.path, c.line)
                if chash != c.content_hash:
                    updates.append(
                        {
                            **values,
                            "id": cid,
                            "content_hash": c.content_hash,
                            "modified_at": when,
                            "removed": False,
                        }
                    )
                    if removed:
                        report.restored += 1
                    else:
                        report.updated += 1
                elif removed or moved:
                    updates.append({**values, "id": cid, "removed": False})
                    if removed:
                        report.restored += 1
                    else:
                        report.unchanged += 1
                else:
                    report.unchanged += 1
            if new_rows:
                s.execute(insert(Card), new_rows)
            if updates:
                s.execute(update(Card), updates)
    with store.session() as s:
        _lock(s, store)
        before = _recorded_uids(s, settings, ref.root, ref.path)
        now_in_file = {c.uid for c in cards}
        report.suspended += _suspend_lost(s, ref.root, ref.path, before - seen_everywhere)
        _record(s, settings, ref, digest, when, now_in_file)


def _recorded_uids(s: Session, settings: Settings, root: str, path: str) -> set[str]:
    row = s.get(DeckFile, (settings.machine, root, path))
    return set(row.uids.split("\n")) - {""} if row is not None else set()


def _suspend_lost(s: Session, root: str, path: str, uids: set[str]) -> int:
    """Suspend (as removed) those of `uids` that still belong to this file; how many."""
    wanted = sorted(uids)
    lost: list[int] = []
    for i in range(0, len(wanted), CHUNK):
        lost.extend(
            s.scalars(
                select(Card.id).where(
                    Card.uid.in_(wanted[i : i + CHUNK]),
                    Card.source_root == root,
                    Card.source_path == path,
                    Card.removed.is_(False),
                )
            )
        )
    for i in range(0, len(lost), CHUNK):
        s.execute(update(Card).where(Card.id.in_(lost[i : i + CHUNK])).values(removed=True))
    return len(lost)


def _retire_file(
    store: Store,
    settings: Settings,
    root: str,
    path: str,
    seen_everywhere: set[str],
    report: SyncReport,
) -> None:
    """A file this machine synced before is gone from its root: its cards are suspended."""
    with store.session() as s:
        _lock(s, store)
        before = _recorded_uids(s, settings, root, path)
        report.suspended += _suspend_lost(s, root, path, before - seen_everywhere)
        s.execute(
            delete(DeckFile).where(
                DeckFile.machine == settings.machine, DeckFile.root == root, DeckFile.path == path
            )
        )


def _retire_legacy(
    store: Store, scanned: set[str], seen_everywhere: set[str], report: SyncReport
) -> None:
    """Cards stored before roots existed whose absolute file this machine just read, but
    which that file no longer holds, are suspended as the old sync would have."""
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
        if lost:
            s.execute(update(Card).where(Card.id.in_(lost)).values(removed=True))
        report.suspended += len(lost)


def ensure_synced(store: Store, settings: Settings) -> tuple[SyncReport | None, str | None]:
    """Sync when a deck file changed since this machine's last sync. A broken file is
    reported, not raised, so a typo in one deck never blocks a review: (report, warning)."""
    try:
        refs = scan_roots(settings.named_deck_dirs())
        with store.read() as s:
            known = {
                (r.root, r.path): (r.mtime_ns, r.size)
                for r in s.scalars(select(DeckFile).where(DeckFile.machine == settings.machine))
            }
        current = {ref.key: (ref.mtime_ns, ref.size) for ref in refs}
        live = {name for name, folder in settings.named_deck_dirs() if folder.is_dir()}
        gone = [k for k in known if k not in current and k[0] in live]
        if not gone and all(known.get(k) == v for k, v in current.items()):
            return None, None
        return sync_decks(store, settings), None
    except DeckFileError as err:
        return None, f"{err} (the store keeps the last good version; run `drill sync` after fixing)"
