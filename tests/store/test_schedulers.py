"""Switching between SM-2 and FSRS replays each card's review log; the migration to the
scheduling seam keeps every card's due day and history."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from drill.config import Settings
from drill.review import (
    Rating,
    ReviewSession,
    answer,
    ensure_scheduler,
    get_card,
    next_card,
    scheduler_for,
)
from drill.store.db import Store, open_store
from tests.conftest import at
from tests.store.conftest import with_limits

DAY1 = at("2026-03-02T09:00:00Z")


def _study(store: Store, settings: Settings, days: int, seed: int = 7) -> None:
    """`days` days of reviews with mixed answers (some Again, so repeats and lapses happen)."""
    rng = random.Random(seed)
    for d in range(days):
        when = DAY1 + timedelta(days=d)
        for _ in range(40):
            card = next_card(store, settings, when)
            if card is None:
                break
            quality = rng.choice([1, 3, 4, 4, 4, 5])
            answer(store, settings, card.id, quality, when, session=f"s{d}")


def _states(store: Store) -> dict[int, tuple[object, ...]]:
    with store.read() as s:
        rows = s.execute(
            text(
                "SELECT id, repetitions, ef, interval, due, lapses, reviews, learning_day, "
                "scheduler, stability FROM cards ORDER BY id"
            )
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def _log_count(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT count(*) FROM review_log")).scalar_one())


def test_switching_to_fsrs_and_back_replays_the_log_and_loses_nothing(
    store: Store, settings: Settings
) -> None:
    _study(store, settings, 12)
    sm2_states = _states(store)
    logs = _log_count(store)
    fsrs = with_limits(settings, scheduler="fsrs")
    assert ensure_scheduler(store, fsrs) == len(sm2_states)
    assert ensure_scheduler(store, fsrs) is None  # once
    fsrs_states = _states(store)
    answered = [cid for cid, st in sm2_states.items() if st[5]]  # reviews > 0
    assert answered
    for cid in answered:
        _reps, _ef, interval, due, lapses, reviews, _learning, name, stability = fsrs_states[cid]
        assert name == "fsrs" and stability is not None and interval >= 1 and due is not None
        assert reviews == sm2_states[cid][5] and lapses == sm2_states[cid][4]
    assert _log_count(store) == logs
    # back to SM-2: the same states as if FSRS had never been used
    assert ensure_scheduler(store, settings) == len(sm2_states)
    back = _states(store)
    assert {c: s[:7] for c, s in back.items()} == {c: s[:7] for c, s in sm2_states.items()}
    assert all(s[7] == "sm2" for s in back.values())
    assert _log_count(store) == logs


def test_fsrs_buttons_show_what_answering_gives(store: Store, settings: Settings) -> None:
    fsrs = with_limits(settings, scheduler="fsrs")
    for d in range(30):
        when = DAY1 + timedelta(days=d)
        session = ReviewSession(store, fsrs, lambda when=when: when)  # type: ignore[misc]
        while (card := session.next()) is not None:
            labels = session.preview(card)
            rating = [Rating.GOOD, Rating.EASY, Rating.HARD][card.id % 3]
            result = session.answer(card, rating)
            if not result.again_today:
                assert labels[rating] == f"{result.card.state.interval}d" or "mo" in labels[rating]
    card = get_card(store, fsrs, DAY1, 1)
    assert card.schedule.scheduler == "fsrs" and card.schedule.stability is not None
    assert isinstance(scheduler_for(store, fsrs).retrievability(card.schedule, DAY1.date()), float)


def test_fsrs_gives_hard_good_easy_different_first_intervals(
    store: Store, settings: Settings
) -> None:
    fsrs = with_limits(settings, scheduler="fsrs")
    session = ReviewSession(store, fsrs, lambda: DAY1)
    card = session.next()
    assert card is not None
    labels = session.preview(card)
    assert len({labels[Rating.HARD], labels[Rating.GOOD], labels[Rating.EASY]}) >= 2


def test_the_scheduling_migration_keeps_every_due_day_and_history(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    """A database of the previous release (schema 0002) migrates with nothing lost."""
    _study(store, settings, 8)
    before = {cid: st[:7] for cid, st in _states(store).items()}
    with store.read() as s:
        log = s.execute(text("SELECT * FROM review_log ORDER BY id")).all()
    store.close()
    # take the database back to 0002, as the previous release left it
    from alembic import command
    from alembic.config import Config

    from drill.store.db import MIGRATIONS_DIR

    engine = create_engine(settings.database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    with engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(cards)"))}
        assert "scheduler" not in columns and "stability" not in columns
    engine.dispose()
    migrated = open_store(settings)
    try:
        after = _states(migrated)
        assert {cid: st[:7] for cid, st in after.items()} == before
        assert all(st[7] == "sm2" for st in after.values())
        with migrated.read() as s:
            rows = s.execute(text("SELECT * FROM review_log ORDER BY id")).all()
        assert [r[: len(log[0])] for r in rows] == [tuple(r) for r in log]
    finally:
        migrated.close()
