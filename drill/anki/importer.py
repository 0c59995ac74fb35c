"""Read Anki packages (.apkg, every collection layout) and write their notes as a deck file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from drill.anki.html import has_media, html_to_markdown
from drill.config import Settings
from drill.core.cards import (
    ID_RE,
    MARKER_RE,
    TAG_RE,
    DeckFileError,
    check_unique,
    parse_deck,
)
from drill.core.markup import cloze_numbers, fence_open
from drill.errors import DrillError
from drill.store.db import Store

DRILL_GUID_PREFIX = "drill:"
"""drill's exports give each note the GUID `drill:<card ID>`; importing one gives the ID back."""

IMPORT_MARK = "<!-- drill import:"
"""First characters of the comment line that marks a deck file as written by `drill import`."""

_SPECIAL_FIELDS = {"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"}
_FIELD_REF_RE = re.compile(r"\{\{([#^/]?)([^{}]+?)\}\}")


class AnkiPackageError(DrillError):
    """A file that is not an Anki package drill can read (corrupt, unknown layout, wrong kind)."""


class ImportConflictError(DrillError):
    """Importing would clash with a deck or card drill already has."""


NoteKind = Literal["basic", "cloze"]


@dataclass(frozen=True)
class AnkiNote:
    """One note as Anki stores it, reduced to what drill needs."""

    guid: str
    notetype: str
    kind: NoteKind
    question: tuple[str, ...]  # field HTML shown on the question side (the cloze text for cloze)
    answer: tuple[str, ...]  # further field HTML shown on the answer side
    tags: tuple[str, ...]
    deck: tuple[str, ...]  # deck path components
    mod: int


@dataclass(frozen=True)
class AnkiPackage:
    path: Path
    layout: str  # collection.anki21b | collection.anki21 | collection.anki2
    notes: tuple[AnkiNote, ...]


@dataclass(frozen=True)
class ImportedCard:
    """A note converted to deck-file Markdown."""

    id: str
    kind: NoteKind
    front: str
    back: str
    tags: tuple[str, ...]
    guid: str
    dropped_media: bool


@dataclass(frozen=True)
class Skipped:
    guid: str
    reason: str


@dataclass
class ImportReport:
    package: Path
    layout: str
    deck: str
    deck_file: Path
    notes: int
    cards: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    media_dropped: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "package": str(self.package),
            "layout": self.layout,
            "deck": self.deck,
            "deck_file": str(self.deck_file),
            "notes": self.notes,
            "cards": self.cards,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "media_dropped": self.media_dropped,
            "skipped": [{"guid": s.guid, "reason": s.reason} for s in self.skipped],
        }

    def line(self) -> str:
        text = (
            f"imported {self.notes} notes as {self.cards} cards into deck {self.deck!r} "
            f"({self.deck_file}): {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.removed:
            text += f", {self.removed} suspended (no longer in the package)"
        if self.media_dropped:
            text += f"; images/sounds dropped from {self.media_dropped} notes"
        if self.skipped:
            reasons: dict[str, list[str]] = {}
            for s in self.skipped:
                reasons.setdefault(s.reason, []).append(s.guid)
            parts = [
                f"{len(guids)} {reason} ({', '.join(guids[:5])}{', ...' if len(guids) > 5 else ''})"
                for reason, guids in reasons.items()
            ]
            text += "; skipped " + "; ".join(parts)
        return text


# --- reading packages --------------------------------------------------------------------------


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def proto_fields(data: bytes) -> dict[int, list[int | bytes]]:
    """The fields of a protobuf message (numbers to values), enough for Anki's small configs."""
    out: dict[int, list[int | bytes]] = {}
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 1:
            value, pos = int.from_bytes(data[pos : pos + 8], "little"), pos + 8
        elif wire == 2:
            length, pos = _varint(data, pos)
            value, pos = data[pos : pos + length], pos + length
        elif wire == 5:
            value, pos = int.from_bytes(data[pos : pos + 4], "little"), pos + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        if pos > len(data):
            raise ValueError("truncated protobuf field")
        out.setdefault(number, []).append(value)
    return out


def _proto_str(fields: dict[int, list[int | bytes]], number: int) -> str:
    values = fields.get(number) or [b""]
    value = values[-1]
    return value.decode("utf-8") if isinstance(value, bytes) else ""


def _proto_int(fields: dict[int, list[int | bytes]], number: int) -> int:
    values = fields.get(number) or [0]
    value = values[-1]
    return value if isinstance(value, int) else 0


@dataclass(frozen=True)
class _Notetype:
    name: str
    cloze: bool
    fields: tuple[str, ...]
    qfmt: str
    afmt: str


MAX_COLLECTION_BYTES = 256 << 20
"""The largest unpacked collection drill reads: a zip bomb is refused before it fills memory."""


def _read_at_most(stream: Any, limit: int) -> bytes | None:
    """The whole stream if it holds at most `limit` bytes, else None (read in chunks, so an
    oversized stream never sits in memory more than once)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(1 << 20):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _collection_bytes(path: Path) -> tuple[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        raise AnkiPackageError(
            f"{path} is not an Anki package (not a zip archive: {err})"
        ) from None
    with archive:
        names = set(archive.namelist())
        version = 0
        if "meta" in names:
            try:
                version = _proto_int(proto_fields(archive.read("meta")), 1)
            except (ValueError, zipfile.BadZipFile, OSError) as err:
                raise AnkiPackageError(f"{path}: unreadable package metadata ({err})") from None
            if version > 3:
                raise AnkiPackageError(
                    f"{path} was written by a newer Anki (package version {version}); "
                    "export it with 'Support older Anki versions' ticked"
                )
        for name in ("collection.anki21b", "collection.anki21", "collection.anki2"):
            if name not in names:
                continue
            too_big = AnkiPackageError(
                f"{path}: {name} unpacks to more than {MAX_COLLECTION_BYTES >> 20} MiB; drill "
                "refuses it (a damaged package, or not a real Anki export)"
            )
            if archive.getinfo(name).file_size > MAX_COLLECTION_BYTES:
                raise too_big
            try:
                with archive.open(name) as member:  # bounded: the header's size may lie
                    data = member.read(MAX_COLLECTION_BYTES + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as err:
                raise AnkiPackageError(f"{path}: cannot read {name} ({err})") from None
            if len(data) > MAX_COLLECTION_BYTES:
                raise too_big
            if name.endswith("21b"):
                import zstandard

                try:
                    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
                    unpacked = _read_at_most(reader, MAX_COLLECTION_BYTES)
                except zstandard.ZstdError as err:
                    raise AnkiPackageError(
                        f"{path}: {name} is not valid zstd data ({err})"
                    ) from None
                if unpacked is None:
                    raise too_big
                data = unpacked
            return name, data
    raise AnkiPackageError(
        f"{path} is not an Anki package: it holds no collection.anki21b, collection.anki21 "
        "or collection.anki2"
    )


def _open_sqlite(data: bytes, where: str) -> sqlite3.Connection:
    if not data.startswith(b"SQLite format 3\x00"):
        raise AnkiPackageError(f"{where} is not an SQLite database")
    if data[18:20] == b"\x02\x02":  # WAL mode: clear it, a deserialized database has no -wal file
        data = data[:18] + b"\x01\x01" + data[20:]
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(data)
    except sqlite3.DatabaseError as err:
        con.close()
        raise AnkiPackageError(f"{where} is not a readable SQLite database ({err})") from None
    return con


def _notetypes_v18(con: sqlite3.Connection) -> dict[int, _Notetype]:
    fields: dict[int, list[tuple[int, str]]] = {}
    for ntid, ord_, name in con.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(ntid, []).append((ord_, name))
    templates: dict[int, tuple[str, str]] = {}
    for ntid, config in con.execute("SELECT ntid, config FROM templates ORDER BY ntid, ord DESC"):
        parsed = proto_fields(config)
        templates[ntid] = (_proto_str(parsed, 1), _proto_str(parsed, 2))
    out: dict[int, _Notetype] = {}
    for ntid, name, config in con.execute("SELECT id, name, config FROM notetypes"):
        qfmt, afmt = templates.get(ntid, ("", ""))
        names = tuple(n for _, n in sorted(fields.get(ntid, [])))
        kind = _proto_int(proto_fields(config), 1)
        out[ntid] = _Notetype(name, kind == 1, names, qfmt, afmt)
    return out


def _notetypes_v11(con: sqlite3.Connection) -> dict[int, _Notetype]:
    row = con.execute("SELECT models FROM col").fetchone()
    models = json.loads(row[0]) if row and row[0] else {}
    out: dict[int, _Notetype] = {}
    for key, model in models.items():
        tmpls = model.get("tmpls") or [{}]
        flds = sorted(model.get("flds", []), key=lambda f: f.get("ord", 0))
        out[int(key)] = _Notetype(
            str(model.get("name", "")),
            model.get("type") == 1,
            tuple(str(f.get("name", "")) for f in flds),
            str(tmpls[0].get("qfmt", "")),
            str(tmpls[0].get("afmt", "")),
        )
    return out


def _decks(con: sqlite3.Connection, v18: bool) -> dict[int, tuple[str, ...]]:
    if v18:
        return {
            did: tuple(name.split("\x1f"))
            for did, name in con.execute("SELECT id, name FROM decks")
        }
    row = con.execute("SELECT decks FROM col").fetchone()
    decks = json.loads(row[0]) if row and row[0] else {}
    return {int(k): tuple(str(d.get("name", "")).split("::")) for k, d in decks.items()}


def _field_refs(template: str) -> list[str]:
    refs: list[str] = []
    for prefix, ref in _FIELD_REF_RE.findall(template):
        if prefix:
            continue
        name = ref.split(":")[-1].strip()
        if name and name not in _SPECIAL_FIELDS and name not in refs:
            refs.append(name)
    return refs


def _split_fields(model: _Notetype, values: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    by_name = dict(zip(model.fields, values, strict=False))
    if model.cloze:
        refs = [r for r in _field_refs(model.qfmt) if r in by_name]
        cloze_field = next(
            (r for r in refs if "{{cloze:" + r in model.qfmt.replace(" ", "")),
            refs[0] if refs else (model.fields[0] if model.fields else ""),
        )
        question = (by_name.get(cloze_field, values[0] if values else ""),)
        rest = [r for r in _field_refs(model.afmt) if r in by_name and r != cloze_field]
        return question, tuple(by_name[r] for r in rest)
    front = [r for r in _field_refs(model.qfmt) if r in by_name]
    back = [r for r in _field_refs(model.afmt) if r in by_name and r not in front]
    if not front:
        return (values[0] if values else "",), tuple(values[1:])
    if not back:
        back = [n for n in model.fields if n not in front]
    return tuple(by_name[r] for r in front), tuple(by_name[r] for r in back)


def read_package(path: Path) -> AnkiPackage:
    """Every note of an Anki package, whichever collection layout it holds."""
    layout, data = _collection_bytes(path)
    where = f"{path} ({layout})"
    con = _open_sqlite(data, where)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"notes", "cards", "col"} <= tables:
            raise AnkiPackageError(f"{where} is not an Anki collection (no notes/cards tables)")
        v18 = "notetypes" in tables
        notetypes = _notetypes_v18(con) if v18 else _notetypes_v11(con)
        decks = _decks(con, v18)
        note_decks: dict[int, int] = {}
        for nid, did, odid in con.execute(
            "SELECT nid, did, odid FROM cards ORDER BY nid, ord DESC"
        ):
            note_decks[nid] = odid or did
        notes: list[AnkiNote] = []
        query = "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id"
        for nid, guid, mid, mod, tags, flds in con.execute(query):
            model = notetypes.get(mid)
            if model is None:
                raise AnkiPackageError(f"{where}: note {guid} uses a note type that is missing")
            values = str(flds).split("\x1f")
            question, answer = _split_fields(model, values)
            notes.append(
                AnkiNote(
                    guid=str(guid),
                    notetype=model.name,
                    kind="cloze" if model.cloze else "basic",
                    question=question,
                    answer=answer,
                    tags=tuple(str(tags).split()),
                    deck=decks.get(note_decks.get(nid, 1), ("Default",)),
                    mod=int(mod),
                )
            )
    except (sqlite3.DatabaseError, ValueError, TypeError, AttributeError, KeyError) as err:
        raise AnkiPackageError(f"{where} is corrupt or not an Anki collection ({err})") from None
    finally:
        con.close()
    return AnkiPackage(path=path, layout=layout, notes=tuple(notes))


# --- notes to deck-file cards ------------------------------------------------------------------


def card_id_for_guid(guid: str) -> str:
    """A deck-file card ID for an Anki GUID: deterministic, valid for the parser, and distinct
    for distinct GUIDs (characters the ID can't hold are dropped and a hash is appended)."""
    if guid.startswith(DRILL_GUID_PREFIX):
        original = guid[len(DRILL_GUID_PREFIX) :]
        if ID_RE.match(original):
            return original
    kept = re.sub(r"[^A-Za-z0-9._-]", "", guid)
    if kept == guid and kept:
        return f"anki-{kept}"
    digest = hashlib.sha1(guid.encode("utf-8")).hexdigest()[:8]
    return f"anki-{kept}-{digest}" if kept else f"anki-{digest}"


def sanitize_tag(tag: str) -> str | None:
    """An Anki tag as a drill tag (ASCII letters, digits, `_:.+-`), or None when nothing is left."""
    ascii_tag = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9_:.+-]+", "-", ascii_tag).strip("-_:.+")
    return cleaned if cleaned and TAG_RE.match(cleaned) else None


def _join(fields: tuple[str, ...]) -> tuple[str, bool]:
    parts: list[str] = []
    media = False
    for value in fields:
        media = media or has_media(value)
        markdown = html_to_markdown(value)
        if markdown.strip():
            parts.append(markdown)
    return "\n\n".join(parts), media


def convert_note(note: AnkiNote, extra_tags: tuple[str, ...] = ()) -> ImportedCard | Skipped:
    """One Anki note as one drill card (a cloze note's deletions stay in one `C:` card)."""
    try:
        front, front_media = _join(note.question)
        back, back_media = _join(note.answer)
    except Exception:  # html2text on arbitrary HTML: report the note rather than stop the import
        return Skipped(note.guid, "notes whose HTML could not be converted")
    if not front.strip():
        if front_media:
            return Skipped(note.guid, "media-only notes")
        return Skipped(note.guid, "notes with an empty question")
    if note.kind == "cloze":
        if "image-occlusion:" in front:
            return Skipped(note.guid, "image-occlusion notes")
        if not cloze_numbers(front):
            return Skipped(note.guid, "cloze notes without a deletion left")
    elif not back.strip():
        if back_media:
            return Skipped(note.guid, "media-only notes")
        return Skipped(note.guid, "notes with an empty answer")
    tags = [t for t in (sanitize_tag(t) for t in (*note.tags, *extra_tags)) if t]
    return ImportedCard(
        id=card_id_for_guid(note.guid),
        kind=note.kind,
        front=front,
        back=back,
        tags=tuple(dict.fromkeys(tags)),
        guid=note.guid,
        dropped_media=front_media or back_media,
    )


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _part(marker: str, text: str) -> str:
    lines = text.split("\n")
    first = lines[0]
    if not first or first[0].isspace() or fence_open(first) is not None or MARKER_RE.match(first):
        return f"{marker}:\n{text}"
    return f"{marker}: {text}"


def deck_file_text(name: str, description: str, cards: list[ImportedCard], source: str) -> str:
    """The deck file for imported cards: front matter, an import mark, then one card per note."""
    out = [
        "+++",
        f"name = {_toml_string(name)}",
        f"description = {_toml_string(description)}",
        "+++",
        "",
        f"{IMPORT_MARK} written from {source.replace('--', '-')}; importing it again rewrites "
        "this file -->",
        "",
    ]
    for card in cards:
        out.append(f"ID: {card.id}")
        if card.tags:
            out.append("Tags: " + " ".join(card.tags))
        out.append(_part("C" if card.kind == "cloze" else "Q", card.front))
        if card.back.strip():
            out.append(_part("A", card.back))
        out.append("")
    return "\n".join(out)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:
        slug = "deck-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return slug


def _deck_name(notes: tuple[AnkiNote, ...], package: Path) -> tuple[str, int]:
    """The deck name for a package (its notes' common Anki deck) and the depth of that deck."""
    paths = [n.deck for n in notes] or [()]
    common: list[str] = []
    for parts in zip(*paths, strict=False):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    depth = len(common)
    named = common[1:] if common[:1] == ["drill"] else common
    name = "::".join(named).strip()
    if not name or name == "Default":
        name = package.stem.strip() or "Imported"
    return name, depth


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def plan_import(
    package: AnkiPackage, deck: str | None = None
) -> tuple[str, list[ImportedCard], list[Skipped]]:
    """The deck name, the cards and the skipped notes an import would write."""
    name, depth = _deck_name(package.notes, package.path)
    if deck is not None:
        name = deck.strip()
        if not name:
            raise ImportConflictError("--deck needs a non-empty name")
    cards: list[ImportedCard] = []
    skipped: list[Skipped] = []
    ids: set[str] = set()
    for note in package.notes:
        sub = note.deck[depth:]
        extra = ("::".join(sub),) if sub else ()
        result = convert_note(note, extra)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if result.id in ids:  # two GUIDs that differ only in case or dropped characters
            digest = hashlib.sha1(note.guid.encode("utf-8")).hexdigest()[:8]
            result = ImportedCard(**{**result.__dict__, "id": f"{result.id}-{digest}"})
        ids.add(result.id)
        cards.append(result)
    return name, cards, skipped


def import_package(
    store: Store,
    settings: Settings,
    path: Path,
    deck: str | None = None,
    instant: datetime | None = None,
) -> ImportReport:
    """Import an Anki package as one deck file in DRILL_HOME/decks and sync it into the store.

    Nothing is written unless the package reads cleanly, the generated file parses back to the
    same cards, and no other deck file uses the deck name or the card IDs.
    """
    from drill.library import deck_files, read_decks, sync_decks
    from drill.store.queries.export import deck_card_hashes

    package = read_package(path)
    name, cards, skipped = plan_import(package, deck)
    if not cards:
        reasons = sorted({s.reason for s in skipped}) or ["an empty package"]
        raise AnkiPackageError(
            f"{path} has no notes drill can import ({len(skipped)} skipped: {', '.join(reasons)})"
        )
    target = (settings.user_decks / f"{_slug(name)}.md").resolve()
    stamp = f" on {instant.date().isoformat()}" if instant else ""
    text = deck_file_text(name, f"Imported from {path.name}{stamp}", cards, path.name)
    try:
        spec = parse_deck(text, str(target))
    except DeckFileError as err:  # a conversion drill's parser does not accept: a bug, say so
        raise AnkiPackageError(
            f"{path}: a note converts to text drill cannot read back ({err.message}); "
            "please report this package"
        ) from None
    if len({c.note_id for c in spec.cards}) != len(cards):
        raise AnkiPackageError(f"{path}: converted notes do not read back one card each")
    if target.exists():
        head = target.read_text(encoding="utf-8", errors="replace")[:4096]
        if IMPORT_MARK not in head:
            raise ImportConflictError(
                f"{target} exists and was not written by drill import; "
                "pass --deck NAME to import under another name"
            )
    others = [f for f in deck_files(settings.deck_dirs()) if f.resolve() != target]
    existing = read_decks(others)
    for other in existing:
        if other.name == name:
            raise ImportConflictError(
                f"deck name {name!r} is already used by {other.path}; "
                "pass --deck NAME to import under another name"
            )
    used = {card.uid: card for other in existing for card in other.cards}
    clash = next((card for card in spec.cards if card.uid in used), None)
    if clash is not None:
        where = used[clash.uid]
        raise ImportConflictError(
            f"card ID {clash.note_id!r} (from a note's GUID) is already used at "
            f"{where.path}:{where.line}: these notes are already in drill "
            "(a drill export imported into the home it came from?)"
        )
    check_unique([*existing, spec])
    before = deck_card_hashes(store, name)
    previous = target.read_bytes() if target.exists() else None
    settings.user_decks.mkdir(parents=True, exist_ok=True)
    _write_atomic(target, text)
    try:
        sync_decks(store, settings)
    except BaseException:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)
        raise
    new = {c.uid: c.content_hash for c in spec.cards}
    report = ImportReport(
        package=path,
        layout=package.layout,
        deck=name,
        deck_file=target,
        notes=len(cards),
        cards=len(spec.cards),
        media_dropped=sum(c.dropped_media for c in cards),
        skipped=skipped,
    )
    for uid, content in new.items():
        if uid not in before:
            report.added += 1
        elif before[uid] != content:
            report.updated += 1
        else:
            report.unchanged += 1
    report.removed = sum(1 for uid in before if uid not in new)
    return report


__all__ = [
    "AnkiNote",
    "AnkiPackage",
    "AnkiPackageError",
    "ImportConflictError",
    "ImportReport",
    "ImportedCard",
    "Skipped",
    "card_id_for_guid",
    "convert_note",
    "deck_file_text",
    "import_package",
    "plan_import",
    "read_package",
    "sanitize_tag",
]
