"""Find deck files in their named roots and sync them into the store, one changed file at a time.

A deck file is known by its root's name (`shipped`, `user`, or a `--decks NAME=DIR`) and its
path inside that root, never by one machine's absolute path. Each machine records what it synced
of each file (content hash and stat); a sync reads only the files whose content changed since,
writes their cards in bulk statements and short transactions, and suspends a card only when the
file that held it lost it (or went) on this machine. Files another machine holds, or holds in
another version, are left alone.

A shipped deck file is read together with its override, `DRILL_HOME/decks/overrides/<its
name>`, where editing a shipped card puts the user's version (see drill.core.overrides): the
pair is synced as one file, so an upgrade's other cards arrive while the user's versions stay.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from drill.config import Settings, now
from drill.core.cards import DeckFileError, DeckSpec, Note, check_unique, parse_deck, parse_notes
from drill.core.overrides import (
    apply_overrides,
    copied_block,
    parse_override,
    with_note,
    without_note,
)
from drill.errors import DrillError
from drill.store.db import Store
from drill.store.queries import decks as q

MAX_DECK_BYTES = 16 << 20

OVERRIDDEN_ROOT = "shipped"
"""The root whose files are overridden rather than edited: an upgrade replaces them."""
OVERRIDES = "overrides"
"""The folder of the user's decks that holds the overrides, one per shipped file."""


def override_key(root: str, path: str) -> tuple[str, str] | None:
    """Where a deck file's override lives, as (root, path): only shipped files have one."""
    return ("user", f"{OVERRIDES}/{path}") if root == OVERRIDDEN_ROOT else None


def override_file(settings: Settings, path: str) -> Path:
    """The override of the shipped deck file `path` on this machine (it may not exist)."""
    return settings.user_decks / OVERRIDES / path


@dataclass(frozen=True)
class DeckRef:
    """One deck file on this machine: its root, its path inside the root, where it is.

    `mtime_ns` and `size` are the file's stat; for a shipped file whose override exists, a
    fingerprint of both files' stats, so that a change to either re-reads the pair."""

    root: str
    path: str
    file: Path
    mtime_ns: int
    size: int
    override: Path | None = None
    """The override file, when this machine has one."""
    override_key: tuple[str, str] | None = None
    """Where the override would be, (root, path), for a shipped file."""

    @property
    def key(self) -> tuple[str, str]:
        return self.root, self.path

    @property
    def label(self) -> str:
        return str(self.file)

    @property
    def stamp(self) -> q.FileStamp:
        label = str(self.override) if self.override is not None else ""
        return q.FileStamp(
            self.root, self.path, self.mtime_ns, self.size, self.label, self.override_key, label
        )


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
    notes: list[str] = field(default_factory=list)
    """What the user should know: cards they overrode that an upgrade changed or removed."""

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


def _with_override(settings: Settings, ref: DeckRef, skipped: list[str] | None) -> DeckRef:
    key = override_key(ref.root, ref.path)
    if key is None:
        return ref
    file = override_file(settings, ref.path)
    try:
        st = file.stat()
    except FileNotFoundError:
        return replace(ref, override_key=key)
    except (OSError, RuntimeError):
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        if skipped is not None:
            skipped.append(f"{file}: not a readable regular file, passed over")
        return replace(ref, override_key=key)
    both = f"{ref.mtime_ns}:{ref.size}:{st.st_mtime_ns}:{st.st_size}".encode()
    mtime = int.from_bytes(hashlib.blake2b(both, digest_size=7).digest())  # fits a BigInteger
    return replace(ref, mtime_ns=mtime, size=ref.size + st.st_size, override=file, override_key=key)


def scan_decks(settings: Settings, skipped: list[str] | None = None) -> list[DeckRef]:
    """This machine's deck files in all its roots, shipped files paired with their override."""
    refs = scan_roots(settings.named_deck_dirs(), skipped)
    return [_with_override(settings, ref, skipped) for ref in refs]


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


def read_deck(ref: DeckRef, notes: list[str] | None = None) -> tuple[DeckSpec, str]:
    """The file's deck (with its override applied) and a hash of its content (of both files'
    when there is an override); what the override's user should know goes to `notes`."""
    text, digest = _read_text(ref.file, ref.label)
    spec = parse_deck(text, ref.label)
    if ref.override is None:
        return spec, digest
    label = str(ref.override)
    mine, mine_digest = _read_text(ref.override, label)
    override = parse_override(mine, label, spec, f"{ref.root}:{ref.path}")
    spec, said = apply_overrides(spec, override)
    if notes is not None:
        notes.extend(said)
    return spec, hashlib.sha1(f"{digest}:{mine_digest}".encode()).hexdigest()


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
    notes: list[str] = field(default_factory=list)


def _gone(
    settings: Settings, known: Iterable[tuple[str, str]], refs: list[DeckRef]
) -> list[tuple[str, str]]:
    """Files this machine synced before that its roots no longer hold (a root whose folder
    isn't there at all says nothing)."""
    present = {ref.key for ref in refs}
    live = {name for name, folder in settings.named_deck_dirs() if folder.is_dir()}
    return [key for key in known if key not in present and key[0] in live]


def _plan(store: Store, settings: Settings, refs: list[DeckRef], force: bool) -> _Plan:
    """Compare the files with what this machine synced; read only what changed."""
    plan = _Plan()
    known = q.known_files(store, settings.machine)
    plan.gone = _gone(settings, known, refs)
    for ref in refs:
        row = known.get(ref.key)
        if not force and row and (row.mtime_ns, row.size) == (ref.mtime_ns, ref.size):
            continue
        notes: list[str] = []
        spec, digest = read_deck(ref, notes)
        if not force and row is not None and row.sha1 == digest:
            plan.touched.append((ref, digest))
        else:
            plan.changed.append((ref, spec, digest))
            plan.notes.extend(notes)
    return plan


def sync_decks(
    store: Store, settings: Settings, files: list[Path] | None = None, *, force: bool = False
) -> SyncReport:
    """Bring the store up to date with this machine's deck files; history is kept and nothing
    is deleted. A file with an error changes nothing (DeckFileError names file:line).

    `files` limits the sync to those files (each must lie in a root)."""
    skipped: list[str] = []
    refs = scan_decks(settings, skipped)
    if files is not None:
        wanted = {Path(f).resolve() for f in files}
        refs = [
            r
            for r in refs
            if r.file.resolve() in wanted or (r.override and r.override.resolve() in wanted)
        ]
    report = SyncReport(skipped=skipped)
    plan = _plan(store, settings, refs, force)
    report.notes = plan.notes
    check_unique(spec for _, spec, _ in plan.changed)
    if plan.changed or plan.gone:
        gone = [*plan.gone, *(k for key in plan.gone if (k := override_key(*key)) is not None)]
        q.check_conflicts(store, [(r.stamp, spec) for r, spec, _ in plan.changed], gone)
    report.files_read = len(plan.changed) + len(plan.touched)
    when = now()
    seen = {c.uid for _, spec, _ in plan.changed for c in spec.cards}
    written = q.Written()
    for ref, spec, digest in plan.changed:
        written.add(q.write_file(store, settings.machine, ref.stamp, spec, digest, when, seen))
    for root, path in plan.gone:
        written.suspended += q.retire_file(
            store, settings.machine, root, path, seen, override_key(root, path)
        )
    q.touch_files(store, settings.machine, [(r.stamp, d) for r, d in plan.touched], when)
    if plan.changed:
        written.suspended += q.retire_legacy(store, {str(r.file.resolve()) for r in refs}, seen)
    changed = {ref.key for ref, _, _ in plan.changed}
    quiet = [r for r in refs if r.key not in changed]
    keys = [*(r.key for r in quiet), *(r.override_key for r in quiet if r.override_key)]
    written.unchanged += q.live_cards(store, keys)
    report.added, report.updated, report.restored = written.added, written.updated, written.restored
    report.unchanged, report.suspended = written.unchanged, written.suspended
    report.decks = q.all_deck_names(store)
    return report


def ensure_synced(store: Store, settings: Settings) -> tuple[SyncReport | None, str | None]:
    """Sync when a deck file changed since this machine's last sync. A broken file is
    reported, not raised, so a typo in one deck never blocks a review: (report, warning)."""
    try:
        refs = scan_decks(settings)
        known = q.known_files(store, settings.machine)
        fresh = all(
            (row := known.get(ref.key)) is not None
            and (row.mtime_ns, row.size) == (ref.mtime_ns, ref.size)
            for ref in refs
        )
        if fresh and not _gone(settings, known, refs):
            return None, None
        return sync_decks(store, settings), None
    except DeckFileError as err:
        return None, f"{err} (the store keeps the last good version; run `drill sync` after fixing)"


# ---------------------------------------------------------------- editing a shipped card


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _shipped_note(settings: Settings, path: str, uid: str) -> tuple[DeckSpec, list[str], Note]:
    """The shipped deck file `path`, its lines, and the note holding card `uid`."""
    file = locate(settings, OVERRIDDEN_ROOT, path)
    if file is None:
        raise DrillError(f"the shipped deck file {path} is not on this machine")
    deck, lines, notes = parse_notes(_read_text(file, str(file))[0], str(file))
    note = next((n for n in notes if any(c.uid == uid for c in n.cards)), None)
    if note is None:
        raise DrillError(
            f"{file} no longer holds the card {uid!r} (drill was upgraded?); run `drill sync`"
        )
    return deck, lines, note


def override_for_edit(settings: Settings, path: str, uid: str) -> tuple[Path, int]:
    """Where to edit the card `uid` of the shipped deck file `path`: its note's block in the
    file's override, copied there (exactly as shipped, with its ID line) unless it is there
    already. The shipped file is never written: an upgrade would undo the edit."""
    deck, lines, note = _shipped_note(settings, path, uid)
    file = override_file(settings, path)
    target = f"{OVERRIDDEN_ROOT}:{path}"
    override = None
    if file.exists():
        override = parse_override(_read_text(file, str(file))[0], str(file), deck, target)
        mine = next((n for n in override.notes if n.note_id == note.note_id), None)
        if mine is not None:
            return file, mine.first
    text, line = with_note(deck, target, lines, note, override)
    _write_atomic(file, text)
    return file, line


def drop_unedited_override(settings: Settings, path: str, uid: str) -> bool:
    """After an edit: remove the card's block from the override of the shipped file `path`
    when it is still exactly the shipped text (the editor was closed without a change), so
    the shipped card keeps taking updates; the file goes with its last block. True if removed.

    A file that doesn't parse is left for the sync to report."""
    file = override_file(settings, path)
    if not file.is_file():
        return False
    try:
        deck, lines, note = _shipped_note(settings, path, uid)
        text = _read_text(file, str(file))[0]
        override = parse_override(text, str(file), deck, f"{OVERRIDDEN_ROOT}:{path}")
    except DrillError:
        return False
    mine = next((n for n in override.notes if n.note_id == note.note_id), None)
    if mine is None or override.lines[mine.first - 1 : mine.last] != copied_block(lines, note):
        return False
    rest = without_note(deck, override, note.note_id)
    if rest is None:
        file.unlink()
    else:
        _write_atomic(file, rest)
    return True


# ---------------------------------------------------------------- undoing an edit


@dataclass(frozen=True)
class FileEdit:
    """A deck file before and after the user edited it from a review (None: no file)."""

    path: Path
    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def file_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise DrillError(f"{path}: cannot read it ({err}); nothing was changed") from None


def undo_edit(edit: FileEdit) -> None:
    """Put the file back as it was before the edit, only if nobody changed it since: a later
    edit is the user's too, and undo never throws it away."""
    if file_text(edit.path) != edit.after:
        raise DrillError(
            f"{edit.path} changed again after that edit, so undo left it alone; "
            "edit it by hand (e) to go back"
        )
    if edit.before is None:
        edit.path.unlink(missing_ok=True)
    else:
        _write_atomic(edit.path, edit.before)
