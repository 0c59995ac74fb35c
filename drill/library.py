"""Find deck files (shipped, the user's folder, --decks folders) and sync them into the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from drill.config import Settings, now
from drill.core.cards import CardSpec, DeckFileError, DeckSpec, check_unique, parse_deck
from drill.store.db import Store
from drill.store.models import Card, Deck, Meta

FINGERPRINT_KEY = "deck_fingerprint"


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    suspended: int = 0
    restored: int = 0
    unchanged: int = 0
    decks: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.suspended} suspended "
            f"(removed from their file), {self.unchanged} unchanged"
        )
        if self.restored:
            text += f", {self.restored} restored"
        return f"synced {len(self.decks)} decks: {text}"


def deck_files(dirs: list[Path]) -> list[Path]:
    """Every `*.md` deck file in the given folders (README.md excepted), in a stable order."""
    files: list[Path] = []
    seen: set[Path] = set()
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            resolved = path.resolve()
            if path.name.lower() == "readme.md" or resolved in seen:
                continue
            seen.add(resolved)
            files.append(resolved)
    return files


def fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha1()
    for path in files:
        st = path.stat()
        digest.update(f"{path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
    return digest.hexdigest()


def read_decks(files: list[Path]) -> list[DeckSpec]:
    """Parse every file; the first error stops everything, before the store is touched."""
    decks: list[DeckSpec] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise DeckFileError(str(path), 1, "not UTF-8 text; save the file as UTF-8") from None
        except OSError as err:
            raise DeckFileError(str(path), 1, f"cannot read: {err.strerror}") from None
        decks.append(parse_deck(text, str(path)))
    check_unique(decks)
    return decks


def _apply_card(card: Card, spec: CardSpec, deck: Deck, when: datetime) -> bool:
    """Copy a spec's content onto a stored card; True when what the reviewer sees changed."""
    changed = card.content_hash != spec.content_hash
    card.deck = deck
    card.note_id = spec.note_id
    card.kind = spec.kind
    card.ord = spec.ord
    card.front = spec.front
    card.back = spec.back
    card.tags = " ".join(spec.tags)
    card.source_path = spec.path
    card.source_line = spec.line
    if changed:
        card.content_hash = spec.content_hash
        card.modified_at = when
    return changed


def sync_decks(store: Store, settings: Settings, files: list[Path] | None = None) -> SyncReport:
    """Load deck files into the store in one transaction; history is kept, nothing is deleted."""
    files = deck_files(settings.deck_dirs()) if files is None else files
    specs = read_decks(files)
    report = SyncReport(decks=[d.name for d in specs])
    when = now()
    scanned = {str(p) for p in files}
    with store.session() as s:
        decks = {d.name: d for d in s.scalars(select(Deck))}
        cards = {c.uid: c for c in s.scalars(select(Card))}
        seen: set[str] = set()
        for spec in specs:
            deck = decks.get(spec.name)
            if deck is None:
                deck = Deck(name=spec.name)
                s.add(deck)
                decks[spec.name] = deck
            deck.description = spec.description
            deck.tags = " ".join(spec.tags)
            deck.source = spec.path
            for card_spec in spec.cards:
                seen.add(card_spec.uid)
                card = cards.get(card_spec.uid)
                if card is None:
                    card = Card(
                        uid=card_spec.uid,
                        content_hash="",
                        created_at=when,
                        modified_at=when,
                        repetitions=0,
                        ef=250,
                        interval=0,
                        lapses=0,
                        reviews=0,
                        removed=False,
                        suspended=False,
                        leech=False,
                    )
                    _apply_card(card, card_spec, deck, when)
                    s.add(card)
                    cards[card.uid] = card
                    report.added += 1
                    continue
                changed = _apply_card(card, card_spec, deck, when)
                if card.removed:
                    card.removed = False
                    report.restored += 1
                elif changed:
                    report.updated += 1
                else:
                    report.unchanged += 1
        for uid, card in cards.items():
            if uid in seen or card.removed:
                continue
            if card.source_path in scanned or not Path(card.source_path).exists():
                card.removed = True
                report.suspended += 1
        _set_meta(s, FINGERPRINT_KEY, fingerprint(files))
    return report


def _set_meta(s: Session, key: str, value: str) -> None:
    row = s.get(Meta, key)
    if row is None:
        s.add(Meta(key=key, value=value))
    else:
        row.value = value


def ensure_synced(store: Store, settings: Settings) -> tuple[SyncReport | None, str | None]:
    """Sync when a deck file changed since the last sync. A broken file is reported, not raised,
    so a typo in one deck never blocks a review: returns (report, warning)."""
    files = deck_files(settings.deck_dirs())
    current = fingerprint(files)
    with store.session() as s:
        row = s.get(Meta, FINGERPRINT_KEY)
        if row is not None and row.value == current:
            return None, None
    try:
        return sync_decks(store, settings, files), None
    except DeckFileError as err:
        return None, f"{err} (the store keeps the last good version; run `drill sync` after fixing)"
