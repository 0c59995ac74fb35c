"""Override files: the user's own versions of some cards of a shipped deck file.

A shipped deck file lives inside the installed package and is replaced by every upgrade, so an
edit made there is lost. Editing a shipped card copies its note's block, ID line included, into
an override file (`DRILL_HOME/decks/overrides/<the shipped file's name>`) instead. A sync reads a
shipped file and its override as one deck: a note the override holds replaces the shipped note
with the same ID (same card uids, so the review history stays), every other card comes from the
shipped file as it is now. Deleting a note's block from the override brings the shipped version
back. The front matter remembers a fingerprint of each shipped note as it was when copied, so a
sync can say when an upgrade changed a card the user overrode.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from drill.core.cards import (
    CardSpec,
    DeckFileError,
    DeckSpec,
    Note,
    front_matter,
    read_notes,
    split_lines,
)

OVERRIDE_KEYS = ("overrides", "shipped")


@dataclass(frozen=True)
class OverrideFile:
    """An override file as parsed: the notes it holds, as cards of the shipped deck."""

    path: str
    target: str
    """What it overrides, `shipped:<path>`."""
    base: dict[str, str]
    """Note ID -> fingerprint of the shipped note when it was copied here."""
    notes: tuple[Note, ...]
    lines: list[str]
    body_start: int


def fingerprint(cards: Iterable[CardSpec]) -> str:
    """Changes whenever anything a reviewer sees of a note's cards changes."""
    blob = "\x1f".join(card.content_hash for card in cards)
    return hashlib.sha1(blob.encode("ascii")).hexdigest()[:12]


def _key_line(lines: list[str], start: int, key: str) -> int:
    """The line number where front matter `key` is set (or the front matter's second line)."""
    for index in range(start):
        if lines[index].lstrip().startswith((key, f"[{key}")):
            return index + 1
    return 2


def parse_override(text: str, path: str, deck: DeckSpec, target: str) -> OverrideFile:
    """Parse an override of `deck` (whose file is `target`); its cards join that deck, with its
    tags. Errors name file:line, as for any deck file."""
    lines = split_lines(text)
    meta, start = front_matter(lines, path, OVERRIDE_KEYS)
    named = meta.get("overrides", target)
    if named != target:
        raise DeckFileError(
            path,
            _key_line(lines, start, "overrides"),
            f"overrides = {named!r}, but this file's name makes it the override of {target}; "
            "rename the file or fix the line",
        )
    raw = meta.get("shipped", {})
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise DeckFileError(
            path,
            _key_line(lines, start, "shipped"),
            '[shipped] holds one line per card: "card-id" = "fingerprint"',
        )
    notes = read_notes(lines, start, deck.name, deck.tags, path)
    return OverrideFile(path, target, dict(raw), tuple(notes), lines, start)


def apply_overrides(deck: DeckSpec, override: OverrideFile) -> tuple[DeckSpec, list[str]]:
    """The shipped deck with the override's notes in place of the shipped notes of the same
    ID (notes the shipped file lacks are added at the end), and what the user should know:
    overridden cards an upgrade changed or removed."""
    mine = {note.note_id: note for note in override.notes}
    shipped: dict[str, list[CardSpec]] = {}
    for card in deck.cards:
        shipped.setdefault(card.note_id, []).append(card)
    kept = {card.uid: card for card in deck.cards if card.note_id not in mine}
    for note in override.notes:
        for card in note.cards:
            other = kept.get(card.uid)
            if other is not None:  # a cloze `x::c2` against a shipped note with ID `x::c2`
                raise DeckFileError(
                    card.path,
                    card.line,
                    f"card ID {card.note_id!r} is also used at {other.path}:{other.line}; "
                    "IDs must be unique across decks",
                )
    cards: list[CardSpec] = []
    placed: set[str] = set()
    for card in deck.cards:
        replacement = mine.get(card.note_id)
        if replacement is None:
            cards.append(card)
        elif card.note_id not in placed:
            cards.extend(replacement.cards)
            placed.add(card.note_id)
    for note in override.notes:
        if note.note_id not in placed:
            cards.extend(note.cards)
    notes: list[str] = []
    for note in override.notes:
        was = override.base.get(note.note_id)
        if was is None:
            continue
        where = f"{override.path}:{note.first}"
        now = shipped.get(note.note_id)
        if now is None:
            notes.append(
                f"{where}: the shipped card {note.note_id!r} is no longer in "
                f"{override.target}; your version is kept"
            )
        elif fingerprint(now) != was:
            notes.append(
                f"{where}: the shipped card {note.note_id!r} changed in an update; your "
                "version is kept (delete its block there to get the new one)"
            )
    merged = DeckSpec(deck.name, deck.description, deck.tags, deck.path, tuple(cards))
    return merged, notes


def copied_block(shipped_lines: list[str], note: Note) -> list[str]:
    """A shipped note's lines as an override holds them: exactly as shipped, with an ID line
    when the shipped note had none (its hash ID), so editing its front keeps its history."""
    block = shipped_lines[note.first - 1 : note.last]
    return block if note.has_id else [f"ID: {note.note_id}", *block]


def _front_matter_lines(deck: DeckSpec, target: str, base: dict[str, str]) -> list[str]:
    lines = [
        "+++",
        f"# Your own versions of cards of drill's shipped deck {json.dumps(deck.name)}.",
        "# A card here replaces the shipped card with the same ID and keeps its review",
        "# history; delete a card's block to get the shipped version back. drill rewrites",
        "# this front matter when it copies a card here.",
        f"overrides = {json.dumps(target)}",
    ]
    if base:
        lines += ["", "# each card's shipped version when copied: a sync says when it changes"]
        lines += ["[shipped]", *(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in base.items())]
    return [*lines, "+++"]


def _kept_base(override: OverrideFile, notes: Iterable[Note]) -> dict[str, str]:
    """The fingerprints of the notes still there (a block the user deleted loses its own)."""
    return {n.note_id: override.base[n.note_id] for n in notes if n.note_id in override.base}


def _body(override: OverrideFile | None) -> list[str]:
    body = list(override.lines[override.body_start :]) if override else []
    while body and not body[-1].strip():
        body.pop()
    return body


def with_note(
    deck: DeckSpec,
    target: str,
    shipped_lines: list[str],
    note: Note,
    override: OverrideFile | None,
) -> tuple[str, int]:
    """The override file's text with the shipped `note` copied in at its end, and the line its
    block starts at. The caller checks first that the override lacks the note."""
    base = _kept_base(override, override.notes) if override else {}
    base[note.note_id] = fingerprint(note.cards)
    out = [*_front_matter_lines(deck, target, base), *_body(override), ""]
    line = len(out) + 1
    out += copied_block(shipped_lines, note)
    return "\n".join(out) + "\n", line


def without_note(deck: DeckSpec, override: OverrideFile, note_id: str) -> str | None:
    """The override file's text without the note's block; None when nothing but blank lines
    would be left (the file can go)."""
    note = next(n for n in override.notes if n.note_id == note_id)
    lines = list(override.lines)
    first = note.first - 1
    while first > override.body_start and not lines[first - 1].strip():
        first -= 1
    del lines[first : note.last]
    rest = [n for n in override.notes if n.note_id != note_id]
    body = lines[override.body_start :]
    if not rest and not any(line.strip() for line in body):
        return None
    base = _kept_base(override, rest)
    out = [*_front_matter_lines(deck, override.target, base), *body]
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out) + "\n"
