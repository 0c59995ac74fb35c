"""Deck files: Markdown with `+++` TOML front matter parsed into cards; errors at file:line."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from drill.core.markup import cloze_numbers, fence_open, is_fence_close, unbalanced_dollar
from drill.errors import DrillError

CardKind = Literal["basic", "cloze"]
MARKER_RE = re.compile(r"^(ID|Tags|Q|A|C):(?:[ \t]|$)(.*)$")
HEADING_RE = re.compile(r"^#{1,6}(?:\s|$)")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
TAG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+-]*$")
FRONT_MATTER_KEYS = ("name", "description", "tags")


class DeckFileError(DrillError):
    """A deck file that cannot be loaded; printed as `path:line: message`."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True)
class CardSpec:
    """One reviewable card as written in a deck file (a cloze note gives one per deletion)."""

    uid: str
    note_id: str
    deck: str
    kind: CardKind
    ord: int
    front: str
    back: str
    tags: tuple[str, ...]
    path: str
    line: int
    has_id: bool

    @property
    def content_hash(self) -> str:
        """Changes whenever anything a reviewer sees changes."""
        blob = "\x1f".join([self.deck, self.kind, str(self.ord), self.front, self.back, *self.tags])
        return hashlib.sha1(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DeckSpec:
    name: str
    description: str
    tags: tuple[str, ...]
    path: str
    cards: tuple[CardSpec, ...] = field(default=())


def note_hash_id(deck: str, front: str) -> str:
    """The identity of a card written without `ID:`: a hash of its deck and front."""
    return "h-" + hashlib.sha1(f"{deck}\x00{front.strip()}".encode()).hexdigest()[:12]


@dataclass
class _Part:
    marker: str
    line: int
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n").rstrip()


@dataclass
class _Draft:
    line: int
    id: str | None = None
    id_line: int = 0
    tags: tuple[str, ...] = ()
    tags_line: int = 0
    question: _Part | None = None
    answer: _Part | None = None
    cloze: _Part | None = None

    @property
    def has_body(self) -> bool:
        return self.question is not None or self.cloze is not None

    @property
    def empty(self) -> bool:
        return not self.has_body and self.id is None and not self.tags_line

    def span(self, lines: list[str]) -> tuple[int, int]:
        """The note's first and last line numbers: from its first marker to the end of its
        last part, trailing blank lines left out."""
        parts = [p for p in (self.question, self.cloze, self.answer) if p is not None]
        first = min(n for n in (self.id_line, self.tags_line, *(p.line for p in parts)) if n)
        tail = max(parts, key=lambda p: p.line)
        last = tail.line + len(tail.lines) - 1
        while last > tail.line and not lines[last - 1].strip():
            last -= 1
        return first, last


def _front_matter(
    lines: list[str], path: str, keys: tuple[str, ...] = FRONT_MATTER_KEYS
) -> tuple[dict[str, object], int]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "+++":
        raise DeckFileError(
            path,
            (first or 0) + 1,
            'a deck file starts with TOML front matter: a line "+++", name = "Deck name", "+++"',
        )
    close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "+++"), None)
    if close is None:
        raise DeckFileError(path, first + 1, 'front matter is never closed; add a line "+++"')
    try:
        data = tomllib.loads("\n".join(lines[first + 1 : close]))
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"at line (\d+)", str(err))
        line = first + 1 + int(m.group(1)) if m else close + 1
        raise DeckFileError(path, line, f"front matter is not valid TOML: {err}") from None
    unknown = sorted(set(data) - set(keys))
    if unknown:
        if "overrides" in unknown:
            raise DeckFileError(
                path,
                first + 2,
                "this is an override of a shipped deck file; keep it in "
                "DRILL_HOME/decks/overrides/ under the shipped file's name",
            )
        raise DeckFileError(
            path,
            first + 2,
            f"unknown front matter key {unknown[0]!r}; use {', '.join(keys)}",
        )
    return data, close + 1


def parse_deck(text: str, path: str) -> DeckSpec:
    """Parse one deck file's text; `path` is only used to name errors and card sources."""
    return parse_notes(text, path)[0]


def parse_notes(text: str, path: str) -> tuple[DeckSpec, list[str], list[Note]]:
    """A deck file's deck, its lines and its notes (where each one is written)."""
    lines = split_lines(text)
    meta, body_start = _front_matter(lines, path)
    name = meta.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DeckFileError(path, 2, 'front matter needs a deck name: name = "My deck"')
    description = meta.get("description", "")
    if not isinstance(description, str):
        raise DeckFileError(path, 2, "description must be a string")
    raw_tags = meta.get("tags", [])
    if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
        raise DeckFileError(path, 2, 'tags must be a list of strings: tags = ["bigo"]')
    for tag in raw_tags:
        if not TAG_RE.match(tag):
            raise DeckFileError(path, 2, f"tag {tag!r} may not contain spaces or quotes")
    deck_tags = tuple(raw_tags)
    notes = read_notes(lines, body_start, name.strip(), deck_tags, path)
    cards = tuple(card for note in notes for card in note.cards)
    return DeckSpec(name.strip(), description.strip(), deck_tags, path, cards), lines, notes


def split_lines(text: str) -> list[str]:
    """A deck file's lines, whatever its line endings (line n is index n - 1)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def front_matter(
    lines: list[str], path: str, keys: tuple[str, ...]
) -> tuple[dict[str, object], int]:
    """The TOML front matter (only `keys` allowed) and the index of the first body line."""
    return _front_matter(lines, path, keys)


@dataclass(frozen=True)
class Note:
    """One note as written in its file: its cards (one, or one per cloze deletion) and the
    lines it spans, from its first marker to its last line of text (blank lines left out)."""

    note_id: str
    cards: tuple[CardSpec, ...]
    has_id: bool
    first: int
    last: int


def read_notes(
    lines: list[str], start: int, deck: str, deck_tags: tuple[str, ...], path: str
) -> list[Note]:
    """The notes of a deck file's body (from index `start`), as cards of `deck`."""
    notes: list[Note] = []
    seen: dict[str, int] = {}
    for draft in _drafts(lines, start, path):
        cards = _cards(draft, deck, deck_tags, path)
        for card in cards:
            if card.uid in seen:
                raise DeckFileError(
                    path,
                    card.line,
                    f"duplicate card id {card.note_id!r} (also at line {seen[card.uid]}); "
                    "give each card its own ID",
                )
            seen[card.uid] = card.line
        first, last = draft.span(lines)
        notes.append(Note(cards[0].note_id, tuple(cards), draft.id is not None, first, last))
    return notes


def _drafts(lines: list[str], start: int, path: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    draft = _Draft(line=start + 1)
    part: _Part | None = None
    fence: tuple[str, int, int] | None = None  # char, length, opening line

    def finish() -> None:
        nonlocal draft, part
        if not draft.empty:
            if not draft.has_body:
                what = "ID:" if draft.id is not None else "Tags:"
                raise DeckFileError(
                    path,
                    draft.id_line or draft.tags_line,
                    f"{what} with no Q: or C: after it; write the card's question",
                )
            drafts.append(draft)
        part = None

    for index in range(start, len(lines)):
        number = index + 1
        line = lines[index]
        if fence is not None:
            if is_fence_close(line, fence[0], fence[1]):
                fence = None
            if part is None:
                raise DeckFileError(path, number, "code outside a card; put it after Q:, A: or C:")
            part.lines.append(line)
            continue
        opened = fence_open(line)
        if opened is not None:
            if part is None:
                raise DeckFileError(path, number, "code outside a card; put it after Q:, A: or C:")
            fence = (opened[0], opened[1], number)
            part.lines.append(line)
            continue
        marker = MARKER_RE.match(line)
        if marker is None:
            if HEADING_RE.match(line):
                part = None
            elif part is not None:
                part.lines.append(line)
            elif line.strip() and not line.strip().startswith("<!--"):
                raise DeckFileError(
                    path, number, "text outside a card; start a card with ID:, Q: or C:"
                )
            continue
        key, rest = marker.group(1), marker.group(2)
        if key in ("ID", "Tags", "Q", "C") and draft.has_body:
            finish()
            draft = _Draft(line=number)
        if key == "ID":
            if draft.id is not None:
                raise DeckFileError(
                    path, draft.id_line, "ID: with no Q: or C: after it; write the card's question"
                )
            value = rest.strip()
            if not ID_RE.match(value):
                raise DeckFileError(
                    path, number, f"ID {value!r} must be letters, digits, '.', '_', ':' or '-'"
                )
            draft.id, draft.id_line = value, number
            part = None
        elif key == "Tags":
            if draft.tags_line:
                raise DeckFileError(path, number, "second Tags: line for one card; merge them")
            tags = tuple(rest.replace(",", " ").split())
            for tag in tags:
                if not TAG_RE.match(tag):
                    raise DeckFileError(path, number, f"tag {tag!r} has characters tags can't hold")
            draft.tags, draft.tags_line = tags, number
            part = None
        elif key in ("Q", "C"):
            part = _Part(key, number, [rest.lstrip()])
            if key == "Q":
                draft.question = part
            else:
                draft.cloze = part
        else:  # A
            if not draft.has_body:
                raise DeckFileError(path, number, "A: with no Q: or C: before it")
            if draft.answer is not None:
                raise DeckFileError(
                    path, number, f"second A: for one card (first at line {draft.answer.line})"
                )
            part = _Part(key, number, [rest.lstrip()])
            draft.answer = part
    if fence is not None:
        raise DeckFileError(path, fence[2], "code fence never closed; add a closing ``` line")
    finish()
    return drafts


def _cards(draft: _Draft, deck: str, deck_tags: tuple[str, ...], path: str) -> list[CardSpec]:
    tags = tuple(dict.fromkeys((*deck_tags, *draft.tags)))
    body = draft.question or draft.cloze
    assert body is not None
    front = body.text
    if not front.strip():
        raise DeckFileError(path, body.line, f"{body.marker}: is empty; write the question")
    back = draft.answer.text if draft.answer else ""
    for part in (body, draft.answer):
        if part is None:
            continue
        bad = unbalanced_dollar(part.text)
        if bad is not None:
            raise DeckFileError(
                path,
                part.line + bad,
                "a $ opens math that never closes; close it or write \\$ for a dollar sign",
            )
    note_id = draft.id or note_hash_id(deck, front)
    line = draft.id_line or body.line

    def card(uid: str, kind: CardKind, ord: int) -> CardSpec:
        return CardSpec(
            uid=uid,
            note_id=note_id,
            deck=deck,
            kind=kind,
            ord=ord,
            front=front,
            back=back,
            tags=tags,
            path=path,
            line=line,
            has_id=draft.id is not None,
        )

    if draft.question is not None:
        if draft.cloze is not None:
            raise DeckFileError(path, draft.cloze.line, "a card has either Q: or C:, not both")
        if draft.answer is None or not back.strip():
            raise DeckFileError(path, body.line, "Q: has no A:; write the answer after A:")
        return [card(note_id, "basic", 0)]
    numbers = cloze_numbers(front)
    if not numbers:
        raise DeckFileError(
            path, body.line, "C: has no cloze deletion; mark the hidden part as {{c1::text}}"
        )
    if numbers[0] < 1 or numbers[-1] > MAX_CLOZE:
        bad = numbers[0] if numbers[0] < 1 else numbers[-1]
        raise DeckFileError(
            path, body.line, f"cloze number c{bad} is out of range; number them c1 to c{MAX_CLOZE}"
        )
    return [card(note_id if n == 1 else f"{note_id}::c{n}", "cloze", n) for n in numbers]


MAX_CLOZE = 500
"""Anki's own limit on cloze numbers."""


def check_unique(decks: Iterable[DeckSpec]) -> None:
    """Raise DeckFileError if two decks share a name or two cards an ID, naming both places."""
    names: dict[str, str] = {}
    places: dict[str, CardSpec] = {}
    for deck in decks:
        if deck.name in names:
            raise DeckFileError(
                deck.path,
                1,
                f"deck name {deck.name!r} is also used by {names[deck.name]}; rename one",
            )
        names[deck.name] = deck.path
        for card in deck.cards:
            other = places.get(card.uid)
            if other is not None:
                raise DeckFileError(
                    card.path,
                    card.line,
                    f"card ID {card.note_id!r} is also used at {other.path}:{other.line}; "
                    "IDs must be unique across decks",
                )
            places[card.uid] = card
