"""Export decks as an Anki package (.apkg): stable GUIDs, optional SM-2 state and review history."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any

from drill.anki.html import markdown_to_html
from drill.anki.importer import DRILL_GUID_PREFIX
from drill.config import Settings
from drill.core.days import day_start, study_day
from drill.errors import DrillError
from drill.store.db import Store
from drill.store.queries.export import CardRow, LogRow, read_export

ROOT_DECK = "drill"
BASIC_MODEL_ID = 1_607_392_301
CLOZE_MODEL_ID = 1_607_392_302
NOTETYPE_MOD = 1_767_225_600
"""The note types' modification time (2026-01-01). Anki replaces its copy of a note type only
when the package's is newer: bump this whenever the templates or the CSS change."""

HTML_SINCE = 1_735_689_600
"""The day (2025-01-01) drill's exported HTML last changed for unchanged Markdown. A note's
mtime is its newest `modified_at`, but never older than this: when a drill upgrade renders
cards differently, set this to the upgrade's date so Anki takes every note once more."""

# Anki's card types, queues and review-log kinds.
CARD_NEW, CARD_LEARN, CARD_REVIEW, CARD_RELEARN = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW = -1, 0, 1, 2
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2
MAX_ANSWER_MS = 60_000
"""Anki caps a review's recorded time at a minute (its default `maxTaken`); so do we."""

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  max-width: 46em;
  margin: 0 auto;
}
:not(pre) > code {
  font-family: ui-monospace, Menlo, Consolas, monospace;
  font-size: .9em;
  background: rgba(127, 127, 127, .18);
  padding: .05em .3em;
  border-radius: 4px;
}
table { border-collapse: collapse; }
th, td { border: 1px solid rgba(127, 127, 127, .5); padding: .2em .5em; }
.cloze { font-weight: bold; color: #1a5fb4; }
.nightMode .cloze, .night_mode .cloze { color: #8cb8ff; }
"""


LATEX_PRE = (
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
    "\\setlength{\\parindent}{0in}\n\\begin{document}\n"
)

SCHEMA = """
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null,
  factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
"""
"""Anki's legacy collection schema (11), the layout genanki writes; a test holds them equal."""

DECK_CONFIG = {
    "1": {
        "id": 1,
        "name": "Default",
        "mod": 0,
        "usn": 0,
        "maxTaken": 60,
        "autoplay": True,
        "timer": 0,
        "replayq": True,
        "dyn": False,
        "new": {
            "bury": True,
            "delays": [1, 10],
            "initialFactor": 2500,
            "ints": [1, 4, 7],
            "order": 1,
            "perDay": 20,
            "separate": True,
        },
        "lapse": {"delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0},
        "rev": {
            "bury": True,
            "ease4": 1.3,
            "fuzz": 0.05,
            "ivlFct": 1,
            "maxIvl": 36500,
            "minSpace": 1,
            "perDay": 100,
        },
    }
}


class ExportError(DrillError):
    """The package cannot be written where asked."""


@dataclass(frozen=True)
class AnkiSchedule:
    """A card's scheduling columns in Anki's `cards` table."""

    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int = 0


@dataclass(frozen=True)
class ExportReport:
    path: Path
    decks: tuple[str, ...]
    notes: int
    cards: int
    reviews: int
    with_scheduling: bool
    removed_skipped: int

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "decks": list(self.decks),
            "notes": self.notes,
            "cards": self.cards,
            "reviews": self.reviews,
            "with_scheduling": self.with_scheduling,
            "removed_skipped": self.removed_skipped,
        }

    def line(self) -> str:
        extra = f" with scheduling and {self.reviews} reviews" if self.with_scheduling else ""
        return (
            f"exported {self.cards} cards ({self.notes} notes) from {len(self.decks)} "
            f"deck{'s' if len(self.decks) != 1 else ''}{extra} to {self.path}"
        )


@lru_cache(maxsize=1024)
def deck_id(name: str) -> int:
    """A fixed Anki deck id for a deck name (the `drill` root included)."""
    digest = hashlib.sha1(f"drill deck\x00{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def anki_deck_name(deck: str) -> str:
    return f"{ROOT_DECK}::{deck}"


def note_guid(note_id: str) -> str:
    """The Anki GUID of a drill note: stable, so a re-import updates instead of duplicating."""
    return DRILL_GUID_PREFIX + note_id


def _field(name: str, ord_: int) -> dict[str, Any]:
    return {
        "name": name,
        "ord": ord_,
        "font": "Arial",
        "media": [],
        "rtl": False,
        "size": 20,
        "sticky": False,
    }


def _template(name: str, qfmt: str, afmt: str) -> dict[str, Any]:
    return {
        "name": name,
        "ord": 0,
        "qfmt": qfmt,
        "afmt": afmt,
        "bafmt": "",
        "bqfmt": "",
        "bfont": "",
        "bsize": 0,
        "did": None,
    }


def note_types(deck: int) -> dict[str, dict[str, Any]]:
    """drill's two note types as a legacy collection's `models` JSON (genanki's layout)."""
    common: dict[str, Any] = {
        "css": CSS,
        "did": deck,
        "latexPre": LATEX_PRE,
        "latexPost": "\\end{document}",
        "latexsvg": False,
        "mod": NOTETYPE_MOD,
        "sortf": 0,
        "tags": [],
        "usn": -1,
        "vers": [],
    }
    basic: dict[str, Any] = {
        **common,
        "id": str(BASIC_MODEL_ID),
        "name": "drill Basic",
        "type": 0,
        "flds": [_field("Front", 0), _field("Back", 1)],
        "tmpls": [_template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")],
        "req": [[0, "any", [0]]],
    }
    cloze: dict[str, Any] = {
        **common,
        "id": str(CLOZE_MODEL_ID),
        "name": "drill Cloze",
        "type": 1,
        "flds": [_field("Text", 0), _field("Back Extra", 1)],
        "tmpls": [_template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
        "req": [[0, "any", [0]]],
    }
    return {basic["id"]: basic, cloze["id"]: cloze}


def _deck_json(did: int, name: str, description: str) -> dict[str, Any]:
    return {
        "id": did,
        "name": name,
        "desc": description,
        "conf": 1,
        "dyn": 0,
        "collapsed": False,
        "extendNew": 0,
        "extendRev": 50,
        "mod": NOTETYPE_MOD,
        "usn": -1,
        "newToday": [0, 0],
        "revToday": [0, 0],
        "lrnToday": [0, 0],
        "timeToday": [0, 0],
    }


def anki_ease(quality: int) -> int:
    """Anki's answer button for an SM-2 quality: 5 Easy, 4 Good, 3 Hard, below 3 Again."""
    return {5: 4, 4: 3, 3: 2}.get(quality, 1)


def anki_schedule(card: CardRow, today: date, crt_day: date, position: int) -> AnkiSchedule:
    """A drill card's SM-2 state as Anki card columns, on the study day `today`.

    - never reviewed: a new card at `position` in the new queue;
    - failed today and due again today (SM-2's same-day repeats): relearning, due at its last
      answer (so at once), one step left, interval and EF kept, so Good in Anki returns it to
      review with drill's interval and ease;
    - otherwise: a review card due `due - crt_day` days after the collection's creation day,
      with drill's interval, EF x 1000 as the factor (2.50 -> 2500), every answer as a rep and
      lapses as lapses (a card graded Hard today, due again today in drill, is due today);
    - suspended or leech: the same, in the suspended queue.
    """
    reps, lapses, factor = card.reviews, card.lapses, card.ef * 10
    if card.due is None:
        sched = AnkiSchedule(CARD_NEW, QUEUE_NEW, position, 0, 0, 0, 0)
    elif card.learning_day == today and card.repetitions == 0:
        when = card.last_review or card.modified_at
        sched = AnkiSchedule(
            CARD_RELEARN,
            QUEUE_LEARN,
            int(when.timestamp()),
            card.interval,
            factor,
            reps,
            lapses,
            left=1,
        )
    else:
        due = today if card.learning_day == today else card.due
        sched = AnkiSchedule(
            CARD_REVIEW,
            QUEUE_REVIEW,
            (due - crt_day).days,
            max(1, card.interval),
            factor,
            reps,
            lapses,
        )
    if card.suspended or card.leech:
        sched = replace(sched, queue=QUEUE_SUSPENDED)
    return sched


def revlog_rows(logs: Sequence[LogRow], card_ids: dict[int, int]) -> list[tuple[int, ...]]:
    """drill's review log as Anki revlog rows (id = answer instant in ms, unique)."""
    rows: list[tuple[int, ...]] = []
    used: set[int] = set()
    phase: dict[int, str] = {}  # the card's last first-of-the-day answer: new or review
    for log in logs:
        cid = card_ids.get(log.card_id)
        if cid is None:
            continue
        if log.kind == "repeat":
            kind = REVLOG_LEARN if phase.get(log.card_id) == "new" else REVLOG_RELEARN
        else:
            phase[log.card_id] = log.kind
            kind = REVLOG_LEARN if log.kind == "new" else REVLOG_REVIEW
        rid = int(log.reviewed_at.timestamp() * 1000)
        while rid in used:
            rid += 1
        used.add(rid)
        rows.append(
            (
                rid,
                cid,
                -1,
                anki_ease(log.quality),
                log.interval_after,
                log.interval_before,
                log.ef_after * 10,
                min(max(0, log.answer_ms), MAX_ANSWER_MS),
                kind,
            )
        )
    return rows


class FieldCache:
    """Rendered field HTML kept between exports in DRILL_HOME/cache, keyed by Markdown text.

    Rendering (markdown-it, Pygments) is most of an export's work, and a field's HTML depends
    only on its text and the renderer (drill's rendering code, markdown-it-py, Pygments), whose
    fingerprint is part of every key. Any error makes it a plain in-memory cache: it can make an
    export faster, never make one fail.
    """

    SCHEMA = "CREATE TABLE IF NOT EXISTS fields (key BLOB PRIMARY KEY, html TEXT NOT NULL)"
    CAP = 50_000

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[bytes, str] = {}
        self.new: dict[bytes, str] = {}
        self.used: set[bytes] = set()
        self.prefix = self._versions().encode()
        if path is not None:
            try:
                with closing(sqlite3.connect(path, timeout=2)) as con:
                    con.execute(self.SCHEMA)
                    self.known = dict(con.execute("SELECT key, html FROM fields"))
            except (sqlite3.Error, OSError):
                self.path = None

    @staticmethod
    def _versions() -> str:
        """What the HTML depends on besides the text: the renderer's code and its libraries."""
        from importlib.metadata import PackageNotFoundError, version

        import drill.anki.html
        import drill.core.markup

        digest = hashlib.blake2b(digest_size=8)
        for module in (drill.anki.html, drill.core.markup):
            digest.update(Path(module.__file__ or "").read_bytes())
        try:
            libs = f"{version('markdown-it-py')}|{version('pygments')}"
        except PackageNotFoundError:
            libs = "?"
        return f"{digest.hexdigest()}|{libs}\x00"

    def html(self, markdown: str) -> str:
        if not markdown:
            return ""
        key = hashlib.blake2b(self.prefix + markdown.encode(), digest_size=16).digest()
        self.used.add(key)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.new[key] = markdown_to_html(markdown)
        return found

    def save(self) -> None:
        """Store new entries; past the size cap, keep only the entries this export used."""
        prune = len(self.known) > max(self.CAP, 2 * len(self.used))
        if self.path is None or not (self.new or prune):
            return
        try:
            with closing(sqlite3.connect(self.path, timeout=2)) as con, con:
                con.executemany("INSERT OR REPLACE INTO fields VALUES (?, ?)", self.new.items())
                if prune:
                    con.execute("CREATE TEMP TABLE used (key BLOB PRIMARY KEY)")
                    con.executemany("INSERT INTO used VALUES (?)", ((k,) for k in self.used))
                    con.execute("DELETE FROM fields WHERE key NOT IN (SELECT key FROM used)")
        except (sqlite3.Error, OSError):
            pass


def field_cache_path(settings: Settings) -> Path | None:
    folder = settings.home / "cache"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / "anki-fields.sqlite3"


def _minutes_west(day: date, tz: tzinfo, hour: int) -> int:
    offset = datetime(day.year, day.month, day.day, hour, tzinfo=tz).utcoffset()
    return -int(offset.total_seconds() // 60) if offset is not None else 0


def export_package(
    store: Store,
    settings: Settings,
    out: Path,
    decks: Sequence[str] = (),
    with_scheduling: bool = False,
    instant: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: bool = True,
) -> ExportReport:
    """Write the chosen decks (all by default) as subdecks `drill::<deck>` of one .apkg.

    Each drill note (a basic card, or the cards of one cloze text) is one Anki note whose GUID
    is `drill:<ID>` and whose mtime is the newest `modified_at` of its cards (see `HTML_SINCE`),
    so re-importing an updated export updates edited notes and leaves the others alone.
    `progress(done, total)` is called as notes are rendered. With `with_scheduling`, SM-2
    state goes into the cards and the review log into Anki's revlog (see `anki_schedule` and
    `revlog_rows`).
    """
    from drill.config import now

    instant = instant or now()
    cards, descriptions, removed, logs = read_export(
        store, tuple(dict.fromkeys(decks)), with_scheduling
    )
    tz, rollover = settings.timezone, settings.review.rollover_hour
    today = study_day(instant, tz, rollover)
    notes: dict[str, list[CardRow]] = {}
    for card in cards:
        notes.setdefault(card.note_id, []).append(card)
    crt_day = min([today, *(c.due for c in cards if c.due is not None)]) - timedelta(days=1)
    crt = int(day_start(crt_day, tz, rollover).timestamp())

    fields = FieldCache(field_cache_path(settings) if cache else None)
    deck_names = tuple(dict.fromkeys(c.deck for c in cards))
    note_rows: list[tuple[Any, ...]] = []
    card_rows: list[tuple[Any, ...]] = []
    card_ids: dict[int, int] = {}
    last_id = 0
    total = len(notes)
    step = max(1, total // 100)
    for position, (note_id, group) in enumerate(notes.items(), start=1):
        head = group[0]
        created = min(c.created_at for c in group)
        nid = last_id = max(int(created.timestamp() * 1000), last_id + 1)
        mod = max(int(max(c.modified_at for c in group).timestamp()), HTML_SINCE)
        tags = dict.fromkeys(t for c in group for t in c.tags.split())
        if any(c.leech for c in group):
            tags["leech"] = None
        front = fields.html(head.front)
        back = fields.html(head.back)
        is_cloze = head.kind == "cloze"
        note_rows.append(
            (
                nid,
                note_guid(note_id),
                CLOZE_MODEL_ID if is_cloze else BASIC_MODEL_ID,
                mod,
                -1,
                f" {' '.join(tags)} " if tags else "",
                f"{front}\x1f{back}",
                front,
                0,
                0,
                "",
            )
        )
        did = deck_id(anki_deck_name(head.deck))
        for card in group:
            cid = last_id = last_id + 1
            card_ids[card.id] = cid
            if with_scheduling:
                sched = anki_schedule(card, today, crt_day, position)
            else:
                sched = AnkiSchedule(CARD_NEW, QUEUE_NEW, position, 0, 0, 0, 0)
            card_mod = max(mod, int(card.last_review.timestamp())) if card.last_review else mod
            card_rows.append(
                (
                    cid,
                    nid,
                    did,
                    max(0, card.ord - 1) if is_cloze else 0,
                    card_mod,
                    -1,
                    sched.type,
                    sched.queue,
                    sched.due,
                    sched.ivl,
                    sched.factor,
                    sched.reps,
                    sched.lapses,
                    sched.left,
                    0,
                    0,
                    0,
                    "",
                )
            )
        if progress is not None and (position % step == 0 or position == total):
            progress(position, total)
    revlog = revlog_rows(logs, card_ids) if with_scheduling else []
    fields.save()

    collection = _collection(
        instant,
        crt,
        _minutes_west(crt_day, tz, rollover),
        rollover,
        {name: descriptions.get(name, "") for name in deck_names},
        note_rows,
        card_rows,
        revlog,
    )
    _write_zip(out, collection)
    return ExportReport(
        path=out,
        decks=deck_names,
        notes=len(note_rows),
        cards=len(card_rows),
        reviews=len(revlog),
        with_scheduling=with_scheduling,
        removed_skipped=removed,
    )


def _collection(
    instant: datetime,
    crt: int,
    minutes_west: int,
    rollover: int,
    decks: dict[str, str],
    notes: list[tuple[Any, ...]],
    cards: list[tuple[Any, ...]],
    revlog: list[tuple[int, ...]],
) -> bytes:
    """The collection database (schema 11, as genanki and older Anki write it) as bytes."""
    root = deck_id(ROOT_DECK)
    deck_json = {"1": _deck_json(1, "Default", "")}
    deck_json[str(root)] = _deck_json(root, ROOT_DECK, "Decks exported by drill")
    for name, description in decks.items():
        did = deck_id(anki_deck_name(name))
        deck_json[str(did)] = _deck_json(did, anki_deck_name(name), description)
    # schedVer 2 with drill's day boundary: Anki reads due days relative to `crt` in drill's
    # study days, and does not run its v1 -> v2 upgrade (which would rewrite revlog eases).
    conf = {
        "activeDecks": [1],
        "addToCur": True,
        "collapseTime": 1200,
        "curDeck": 1,
        "curModel": str(BASIC_MODEL_ID),
        "dueCounts": True,
        "estTimes": True,
        "newBury": True,
        "newSpread": 0,
        "nextPos": len(notes) + 1,
        "sortBackwards": False,
        "sortType": "noteFld",
        "timeLim": 0,
        "schedVer": 2,
        "rollover": rollover,
        "creationOffset": minutes_west,
    }
    stamp = int(instant.timestamp() * 1000)
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(SCHEMA)
        con.execute(
            "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
            (
                crt,
                stamp,
                stamp,
                json.dumps(conf),
                json.dumps(note_types(root)),
                json.dumps(deck_json),
                json.dumps(DECK_CONFIG),
            ),
        )
        con.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes)
        con.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cards)
        con.executemany("INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)", revlog)
        con.commit()
        return con.serialize()
    finally:
        con.close()


def _write_zip(out: Path, collection: bytes) -> None:
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        # Stored, not deflated, as genanki writes packages: deflating 10,000 cards' collection
        # costs more than a tenth of the export, and Anki reads either.
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as z:
            z.writestr("collection.anki2", collection)
            z.writestr("media", "{}")
        os.replace(tmp, out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {err.strerror or err}") from None


__all__ = [
    "BASIC_MODEL_ID",
    "CLOZE_MODEL_ID",
    "AnkiSchedule",
    "CardRow",
    "ExportError",
    "ExportReport",
    "LogRow",
    "anki_deck_name",
    "anki_ease",
    "anki_schedule",
    "deck_id",
    "export_package",
    "note_guid",
    "revlog_rows",
]
