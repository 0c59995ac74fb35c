"""`drill export`: packages the real Anki imports, updates, and continues scheduling from."""

from __future__ import annotations

import html
import re
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drill.anki import export as export_module
from drill.anki.export import (
    CARD_NEW,
    CARD_RELEARN,
    CARD_REVIEW,
    HTML_SINCE,
    QUEUE_LEARN,
    QUEUE_NEW,
    QUEUE_REVIEW,
    QUEUE_SUSPENDED,
    REVLOG_LEARN,
    REVLOG_RELEARN,
    REVLOG_REVIEW,
    LogRow,
    anki_ease,
    export_package,
    revlog_rows,
)
from drill.errors import NotFoundError
from drill.review import answer
from drill.store.models import Card, ReviewLog
from tests.anki.conftest import MINI, MINI_CARDS, MINI_NOTES, Mini, at, import_into, note_by_guid

NOW = at("2025-03-12T10:00:00Z")


def visible(card_html: str) -> str:
    """The text a reviewer sees: styles and tags dropped, entities decoded."""
    card_html = re.sub(r"<style>.*?</style>", "", card_html, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", card_html)).strip()


def _package_notes(package: Path) -> dict[str, tuple[int, str]]:
    """GUID -> (mod, fields) as stored in the package."""
    with zipfile.ZipFile(package) as z:
        data = z.read("collection.anki2")
    con = sqlite3.connect(":memory:")
    con.deserialize(data)
    rows = con.execute("SELECT guid, mod, flds FROM notes").fetchall()
    con.close()
    return {guid: (mod, flds) for guid, mod, flds in rows}


def test_anki_imports_every_note_card_deck_field_and_tag(
    mini: Mini, anki_col: Any, tmp_path: Path
) -> None:
    out = tmp_path / "mini.apkg"
    report = export_package(mini.store, mini.settings, out, instant=NOW)
    assert (report.notes, report.cards, report.decks) == (MINI_NOTES, MINI_CARDS, ("Mini",))

    log = import_into(anki_col, out)
    assert len(log.new) == MINI_NOTES and not log.updated and not log.duplicate
    assert anki_col.note_count() == MINI_NOTES
    assert anki_col.card_count() == MINI_CARDS  # the c1/c2 note gives two cards
    names = {d.name for d in anki_col.decks.all_names_and_ids()}
    assert {"drill", "drill::Mini"} <= names

    basic = note_by_guid(anki_col, "drill:m-basic")
    assert basic.note_type()["name"] == "drill Basic"
    assert basic["Front"] == "What does <code>key in d</code> cost for a &quot;dict&quot;?"
    assert basic["Back"] == "O(1) on average &amp; O(n) worst case; a coffee costs $5."
    assert set(basic.tags) == {"mini", "topic"}
    assert {c.did for c in basic.cards()} == {anki_col.decks.id_for_name("drill::Mini")}

    math = note_by_guid(anki_col, "drill:m-math")
    assert math["Front"] == "When is \\(a &lt; b\\) for \\[\\sum_i x_i\\]?"
    assert math["Back"] == "Always <em>emphasised</em>."

    cloze = note_by_guid(anki_col, "drill:m-cloze")
    assert cloze.note_type()["name"] == "drill Cloze"
    assert cloze["Text"] == (
        "Binary search runs in {{c1::O(log n)}} time on "
        "{{c2::a <strong>sorted</strong> array::what input}}."
    )
    assert cloze["Back Extra"] == "It halves the range each step."
    cards = sorted(cloze.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]
    assert visible(cards[0].question()) == "Binary search runs in [...] time on a sorted array."
    assert visible(cards[1].question()) == "Binary search runs in O(log n) time on [what input]."

    # A deletion inside a highlighted code block is still a cloze to Anki.
    code = note_by_guid(anki_col, "drill:m-code")
    assert "{{c1::heappop}}" in code["Text"] and 'data-lang="python"' in code["Text"]
    assert "smallest = heapq.[...](h)" in visible(code.cards()[0].question())
    assert "a &lt; b" in code["Text"]


def test_reimport_updates_edited_notes_and_leaves_the_rest_unchanged(
    mini: Mini, anki_col: Any, tmp_path: Path
) -> None:
    first = tmp_path / "first.apkg"
    export_package(mini.store, mini.settings, first, instant=at("2025-03-02T09:00:00Z"))
    assert len(import_into(anki_col, first).new) == MINI_NOTES

    mini.deck_file.write_text(MINI.replace("Stays new.", "Stays new, edited."), encoding="utf-8")
    mini.sync("2025-03-05T09:00:00Z")
    second = tmp_path / "second.apkg"
    export_package(mini.store, mini.settings, second, instant=at("2025-03-05T10:00:00Z"))
    notes = _package_notes(second)
    assert int(at("2025-03-01T08:00:00Z").timestamp()) > HTML_SINCE  # else nothing could update
    assert notes["drill:m-new"][0] == int(at("2025-03-05T09:00:00Z").timestamp())
    assert notes["drill:m-basic"][0] == int(at("2025-03-01T08:00:00Z").timestamp())
    assert _package_notes(first)["drill:m-basic"] == notes["drill:m-basic"]

    log = import_into(anki_col, second)
    assert [n.fields[0] for n in log.updated] == ["Never reviewed?"]
    assert not log.new and len(log.duplicate) == MINI_NOTES - 1
    assert anki_col.note_count() == MINI_NOTES and anki_col.card_count() == MINI_CARDS
    assert note_by_guid(anki_col, "drill:m-new")["Back"] == "Stays new, edited."

    third = tmp_path / "third.apkg"
    export_package(mini.store, mini.settings, third, instant=at("2025-03-09T10:00:00Z"))
    log = import_into(anki_col, third)
    assert not log.new and not log.updated and len(log.duplicate) == MINI_NOTES
    assert anki_col.note_count() == MINI_NOTES


def _review_history(mini: Mini) -> dict[str, int]:
    ids = mini.card_ids()
    s, st = mini.settings, mini.store
    for when, grade in (("03-03", 4), ("03-04", 4), ("03-10", 4)):
        answer(st, s, ids["m-basic"], grade, at(f"2025-{when}T09:00:00Z"), answer_ms=4200)
    answer(st, s, ids["m-math"], 4, at("2025-03-03T09:01:00Z"), answer_ms=3000)
    answer(st, s, ids["m-math"], 4, at("2025-03-04T09:01:00Z"), answer_ms=90_000)
    answer(st, s, ids["m-math"], 1, at("2025-03-12T09:00:00Z"), answer_ms=5000)  # a lapse
    answer(st, s, ids["m-math"], 3, at("2025-03-12T09:05:00Z"), answer_ms=2500)  # same-day repeat
    answer(st, s, ids["m-cloze"], 1, at("2025-03-12T08:30:00Z"))  # new card failed
    answer(st, s, ids["m-cloze::c2"], 3, at("2025-03-12T08:00:00Z"))  # Hard: again today
    answer(st, s, ids["m-code"], 4, at("2025-03-03T09:02:00Z"))
    with st.session() as session:
        leech = session.get(Card, ids["m-code"])
        assert leech is not None
        leech.leech = leech.suspended = True
    return ids


def _anki_due_date(col: Any, due: int) -> date:
    """The calendar day a review card's `due` means in this collection."""
    offset = col.get_config("creationOffset", None) or 0
    created = datetime.fromtimestamp(col.crt, timezone(-timedelta(minutes=offset)))
    return created.date() + timedelta(days=due)


def test_with_scheduling_anki_continues_from_drills_state_and_review_log(
    mini: Mini, anki_col: Any, tmp_path: Path
) -> None:
    ids = _review_history(mini)
    out = tmp_path / "sched.apkg"
    report = export_package(mini.store, mini.settings, out, with_scheduling=True, instant=NOW)
    assert report.reviews == 10
    import_into(anki_col, out, with_scheduling=True)

    anki = {}
    for guid, ord_, cid in anki_col.db.all(
        "SELECT n.guid, c.ord, c.id FROM cards c JOIN notes n ON n.id = c.nid"
    ):
        anki[guid.removeprefix("drill:") + (f"::c{ord_ + 1}" if ord_ else "")] = cid
    today = date(2025, 3, 12)
    with mini.store.session() as s:
        drill_cards = {c.uid: c for c in s.scalars(select(Card))}
        logs = list(s.scalars(select(ReviewLog).order_by(ReviewLog.reviewed_at)))
        s.expunge_all()
    for uid, card in drill_cards.items():
        got = anki_col.get_card(anki[uid])
        if card.due is None:
            assert (got.type, got.queue) == (CARD_NEW, QUEUE_NEW), uid
            continue
        assert (got.factor, got.reps, got.lapses) == (card.ef * 10, card.reviews, card.lapses), uid
        assert got.ivl == card.interval, uid
        if card.suspended:
            assert got.queue == QUEUE_SUSPENDED, uid
        elif card.learning_day == today and card.repetitions == 0:
            assert (got.type, got.queue) == (CARD_RELEARN, QUEUE_LEARN), uid
            assert got.due == int(card.last_review.timestamp()), uid
        else:
            assert (got.type, got.queue) == (CARD_REVIEW, QUEUE_REVIEW), uid
            expected = today if card.learning_day == today else card.due
            assert _anki_due_date(anki_col, got.due) == expected, uid
    basic = anki_col.get_card(anki["m-basic"])
    assert (basic.ivl, basic.factor, _anki_due_date(anki_col, basic.due)) == (
        15,
        2500,
        date(2025, 3, 25),
    )
    assert "leech" in anki_col.get_card(anki["m-code"]).note().tags

    revlog = anki_col.db.all(
        "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id"
    )
    kinds = {
        "new": REVLOG_LEARN,
        "review": REVLOG_REVIEW,
    }
    expected = []
    for log in logs:
        uid = next(u for u, c in drill_cards.items() if c.id == log.card_id)
        kind = kinds.get(log.kind, REVLOG_RELEARN)
        expected.append(
            [
                int(log.reviewed_at.timestamp() * 1000),
                anki[uid],
                anki_ease(log.quality),
                log.interval_after,
                log.interval_before,
                log.ef_after * 10,
                min(log.answer_ms, 60_000),
                kind,
            ]
        )
    assert sorted(revlog) == sorted(expected)
    math_rows = [r for r in revlog if r[1] == anki[uid_of(drill_cards, ids["m-math"])]]
    assert [(r[2], r[7]) for r in math_rows] == [
        (3, REVLOG_LEARN),
        (3, REVLOG_REVIEW),
        (1, REVLOG_REVIEW),
        (2, REVLOG_RELEARN),
    ]

    # The relearning card continues in Anki: Good brings it back to review with drill's
    # interval and ease.
    relearning = anki_col.get_card(anki["m-math"])
    relearning.start_timer()
    anki_col.sched.answerCard(relearning, 3)
    relearning.load()
    assert (relearning.type, relearning.ivl, relearning.factor) == (CARD_REVIEW, 1, 1960)


def uid_of(cards: dict[str, Card], card_id: int) -> str:
    return next(uid for uid, c in cards.items() if c.id == card_id)


def test_without_scheduling_every_card_arrives_new(
    mini: Mini, anki_col: Any, tmp_path: Path
) -> None:
    _review_history(mini)
    out = tmp_path / "plain.apkg"
    report = export_package(mini.store, mini.settings, out, instant=NOW)
    assert report.reviews == 0
    import_into(anki_col, out, with_scheduling=True)
    assert anki_col.db.all("SELECT DISTINCT type, queue FROM cards") == [[CARD_NEW, QUEUE_NEW]]
    assert anki_col.db.scalar("SELECT count() FROM revlog") == 0


def test_revlog_ids_stay_unique_and_eases_map_to_anki_buttons() -> None:
    when = datetime(2025, 3, 1, 9, tzinfo=UTC)
    logs = [
        LogRow(1, when, 4, 1000, "new", 0, 250, 1),
        LogRow(1, when, 1, 1000, "review", 1, 196, 1),
        LogRow(2, when, 5, 1000, "new", 0, 260, 1),
        LogRow(3, when, 4, 1000, "new", 0, 250, 1),  # a card not in the package
    ]
    rows = revlog_rows(logs, {1: 11, 2: 22})
    assert [r[0] for r in rows] == [1740819600000, 1740819600001, 1740819600002]
    assert [r[1] for r in rows] == [11, 11, 22]
    assert [anki_ease(q) for q in (0, 1, 2, 3, 4, 5)] == [1, 1, 1, 2, 3, 4]


def test_progress_is_reported_up_to_the_total(mini: Mini, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_package(
        mini.store,
        mini.settings,
        tmp_path / "p.apkg",
        instant=NOW,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (MINI_NOTES, MINI_NOTES)
    assert [d for d, _ in calls] == sorted({d for d, _ in calls})


def test_deck_choice_and_removed_cards(mini: Mini, tmp_path: Path) -> None:
    (mini.home / "decks" / "other.md").write_text(
        '+++\nname = "Other"\n+++\n\nID: o-one\nQ: One?\nA: 1\n', encoding="utf-8"
    )
    mini.deck_file.write_text(MINI.split("ID: m-new")[0], encoding="utf-8")
    mini.sync("2025-03-05T09:00:00Z")
    every = export_package(mini.store, mini.settings, tmp_path / "all.apkg", instant=NOW)
    assert every.decks == ("Mini", "Other") and every.notes == MINI_NOTES
    assert every.removed_skipped == 1  # m-new left its file: suspended in drill, not exported
    only = export_package(
        mini.store, mini.settings, tmp_path / "other.apkg", ["Other"], instant=NOW
    )
    assert (only.decks, only.notes) == (("Other",), 1)
    assert set(_package_notes(tmp_path / "other.apkg")) == {"drill:o-one"}
    with pytest.raises(NotFoundError, match="no deck named 'Nope'"):
        export_package(mini.store, mini.settings, tmp_path / "x.apkg", ["Nope"], instant=NOW)
    assert not (tmp_path / "x.apkg").exists()


def test_the_package_has_genankis_collection_layout(mini: Mini, tmp_path: Path) -> None:
    from genanki.apkg_schema import APKG_SCHEMA

    def columns(con: sqlite3.Connection) -> dict[str, list[str]]:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in tables}

    reference = sqlite3.connect(":memory:")
    reference.executescript(APKG_SCHEMA)
    out = tmp_path / "layout.apkg"
    export_package(mini.store, mini.settings, out, instant=NOW)
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["collection.anki2", "media"]
        ours = sqlite3.connect(":memory:")
        ours.deserialize(z.read("collection.anki2"))
    assert columns(ours) == columns(reference)


def test_rendered_fields_are_reused_from_the_cache(
    mini: Mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.apkg"
    export_package(mini.store, mini.settings, first, instant=NOW)

    def fail(text: str) -> str:
        raise AssertionError(f"rendered again: {text[:30]}")

    monkeypatch.setattr(export_module, "markdown_to_html", fail)
    second = tmp_path / "second.apkg"
    export_package(mini.store, mini.settings, second, instant=NOW)
    assert _package_notes(second) == _package_notes(first)

    # A damaged cache is ignored, never fatal.
    monkeypatch.undo()
    (mini.home / "cache" / "anki-fields.sqlite3").write_bytes(b"not a database")
    third = tmp_path / "third.apkg"
    export_package(mini.store, mini.settings, third, instant=NOW)
    assert _package_notes(third) == _package_notes(first)


def test_anki_takes_every_shipped_card(tmp_path: Path, anki_col: Any) -> None:
    """The real decks, end to end: every note imports and every cloze deletion is one to Anki."""
    from drill.config import load_settings
    from drill.library import sync_decks
    from drill.store.db import open_store

    settings = load_settings(tmp_path / "shipped")
    store = open_store(settings)
    try:
        sync_decks(store, settings)
        report = export_package(store, settings, tmp_path / "shipped.apkg", instant=NOW)
    finally:
        store.close()
    assert report.cards >= 500
    import_into(anki_col, tmp_path / "shipped.apkg")
    assert (anki_col.note_count(), anki_col.card_count()) == (report.notes, report.cards)
    clozes = anki_col.find_cards('"note:drill Cloze"')
    assert clozes
    for cid in clozes:
        assert 'class="cloze"' in anki_col.get_card(cid).question(), cid
