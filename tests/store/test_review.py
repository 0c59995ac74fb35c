"""Session rules around SM-2: queue order, limits, same-day repeats, leeches, undo, commits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from drill.config import Settings
from drill.core.sm2 import SM2Scheduler
from drill.review import (
    Scope,
    answer,
    deck_rows,
    due_counts,
    next_card,
    next_card_after,
    preview,
    undo,
)
from drill.store.db import Store
from drill.store.models import Card, ReviewLog
from tests.conftest import at
from tests.store.conftest import with_limits

DAY1 = at("2026-03-02T09:00:00Z")


def drain(store: Store, settings: Settings, when, grade: int = 4) -> list[str]:  # type: ignore[no-untyped-def]
    seen = []
    while (card := next_card(store, settings, when)) is not None:
        seen.append(card.uid)
        answer(store, settings, card.id, grade, when)
        assert len(seen) < 100
    return seen


def test_new_cards_come_in_file_order_and_respect_the_daily_limit(
    store: Store, settings: Settings
) -> None:
    limited = with_limits(settings, new_per_day=2)
    assert due_counts(store, limited, DAY1).as_dict() == {
        "new": 2,
        "review": 0,
        "learning": 0,
        "total": 2,
    }
    assert drain(store, limited, DAY1) == ["s-list-append", "s-dict-in"]
    assert due_counts(store, limited, DAY1).total == 0
    # The next study day brings two more new cards and the two reviews.
    day2 = at("2026-03-03T09:00:00Z")
    assert due_counts(store, limited, day2).as_dict() == {
        "new": 2,
        "review": 2,
        "learning": 0,
        "total": 4,
    }


def test_cards_come_due_on_the_day_sm2_says(store: Store, settings: Settings) -> None:
    drain(store, settings, DAY1)  # five new cards, all Good: interval 1
    assert (
        due_counts(store, settings, at("2026-03-03T03:59:00Z")).total == 0
    )  # before 04:00 rollover
    assert due_counts(store, settings, at("2026-03-03T04:00:00Z")).review == 5
    drain(store, settings, at("2026-03-03T09:00:00Z"))  # second Good: interval 6
    assert due_counts(store, settings, at("2026-03-08T09:00:00Z")).review == 0
    assert due_counts(store, settings, at("2026-03-09T09:00:00Z")).review == 5


def test_most_overdue_review_comes_first(store: Store, settings: Settings) -> None:
    first = next_card(store, settings, DAY1)
    assert first is not None
    answer(store, settings, first.id, 4, DAY1)  # due 3 March
    day2 = at("2026-03-03T09:00:00Z")
    others = drain(
        store, settings, day2
    )  # reviews the first again (due 9 March) and 4 new (due 4 March)
    assert others[0] == first.uid
    late = at("2026-03-20T09:00:00Z")
    order = []
    while (card := next_card(store, settings, late)) is not None:
        order.append((card.due, card.uid))
        answer(store, settings, card.id, 4, late)
    assert [d for d, _ in order] == sorted(d for d, _ in order)
    assert (
        order[0][1] != first.uid
    )  # the four due 4 March are more overdue than the one due 9 March


def test_failed_card_repeats_today_without_changing_its_schedule(
    store: Store, settings: Settings
) -> None:
    scope = Scope(decks=("Sample",), tags=("dict",))
    card = next_card(store, settings, DAY1, scope)
    assert card is not None and card.uid == "s-dict-in"
    answer(store, settings, card.id, 1, DAY1)
    repeat = next_card(store, settings, DAY1, scope)
    assert repeat is not None and repeat.id == card.id and repeat.learning
    assert due_counts(store, settings, DAY1, scope).as_dict()["learning"] == 1
    state_after_first = repeat.state
    answer(store, settings, card.id, 3, DAY1)  # Hard: still below 4, comes back again
    again = next_card(store, settings, DAY1, scope)
    assert again is not None and again.id == card.id and again.state == state_after_first
    result = answer(store, settings, card.id, 4, DAY1)  # Good ends today's repeats
    assert result.kind == "repeat" and not result.again_today
    assert result.card.state == state_after_first  # repeats never change EF, interval, reps
    assert result.card.due == date(2026, 3, 3)
    assert next_card(store, settings, DAY1, scope) is None


def test_a_repeat_waits_a_minute_behind_other_cards_then_comes_first(
    store: Store, settings: Settings
) -> None:
    settings = with_limits(settings, new_review_order="reviews-first")
    for card_uid in ("s-list-append", "s-dict-in"):
        card = next_card(store, settings, DAY1)
        assert card is not None and card.uid == card_uid
        answer(store, settings, card.id, 4, DAY1)
    day2 = at("2026-03-03T09:00:00Z")
    first = next_card(store, settings, day2)
    assert first is not None and first.uid == "s-list-append" and not first.is_new
    answer(store, settings, first.id, 1, day2)
    second = next_card(store, settings, day2)
    assert second is not None and second.uid == "s-dict-in"  # the repeat's minute hasn't passed
    answer(store, settings, second.id, 4, day2)
    third = next_card(store, settings, day2)
    assert third is not None and third.is_new  # still inside the minute: a new card
    later = at("2026-03-03T09:01:00Z")
    fourth = next_card(store, settings, later)
    assert fourth is not None and fourth.uid == "s-list-append" and fourth.learning
    answer(store, settings, fourth.id, 4, later)
    fifth = next_card(store, settings, later)
    assert fifth is not None and fifth.is_new


def test_with_nothing_else_left_a_repeat_comes_at_once(store: Store, settings: Settings) -> None:
    settings = with_limits(settings, new_per_day=1)
    card = next_card(store, settings, DAY1)
    assert card is not None
    answer(store, settings, card.id, 1, DAY1)
    again = next_card(store, settings, DAY1)
    assert again is not None and again.id == card.id and again.learning


def test_review_limit_caps_due_reviews_but_not_repeats(store: Store, settings: Settings) -> None:
    drain(store, settings, DAY1)
    limited = with_limits(settings, max_reviews_per_day=2, new_per_day=0)
    day2 = at("2026-03-03T09:00:00Z")
    assert due_counts(store, limited, day2).review == 2
    card = next_card(store, limited, day2)
    assert card is not None
    answer(store, limited, card.id, 1, day2)
    card2 = next_card(store, limited, day2)
    assert card2 is not None and card2.id != card.id
    answer(store, limited, card2.id, 4, day2)
    repeat = next_card(store, limited, day2)
    assert repeat is not None and repeat.id == card.id and repeat.learning
    answer(store, limited, repeat.id, 4, day2)
    assert next_card(store, limited, day2) is None


def test_eight_lapses_make_a_leech_that_is_tagged_and_suspended(
    store: Store, settings: Settings
) -> None:
    scope = Scope(tags=("heap",))
    card = next_card(store, settings, DAY1, scope)
    assert card is not None
    day = DAY1
    lapses = 0
    for i in range(40):
        day = at(f"2026-{3 + (i // 28):02d}-{(i % 28) + 1:02d}T09:00:00Z")
        current = next_card(store, settings, day, scope)
        if current is None:
            continue
        grade = 1 if current.state.repetitions > 0 else 4
        result = answer(store, settings, current.id, grade, day)
        if grade == 1:
            lapses += 1
            again = next_card(store, settings, day, scope)
            if again is not None:
                answer(store, settings, again.id, 4, day)
        if result.became_leech:
            break
    assert result.became_leech and lapses == 8
    assert result.card.leech and result.card.suspended and "leech" in result.card.tags
    assert next_card(store, settings, day, scope) is None
    assert due_counts(store, settings, day, Scope(tags=("leech",))).total == 0


def test_undo_restores_the_exact_previous_state(store: Store, settings: Settings) -> None:
    drain(store, settings, DAY1)
    day2 = at("2026-03-03T09:00:00Z")
    with store.session() as s:
        before = [
            (
                c.id,
                c.repetitions,
                c.ef,
                c.interval,
                c.due,
                c.lapses,
                c.reviews,
                c.last_review,
                c.learning_day,
            )
            for c in s.scalars(select(Card).order_by(Card.id))
        ]
        logs = s.scalar(select(func.count()).select_from(ReviewLog))
    card = next_card(store, settings, day2)
    assert card is not None
    answer(store, settings, card.id, 1, day2, session="s2")
    answer(store, settings, card.id, 4, day2, session="s2")
    assert undo(store, settings, day2, "s1") is None  # another session's answers stay
    assert undo(store, settings, day2, "s2") is not None
    assert undo(store, settings, day2, "s2") is not None
    assert undo(store, settings, day2, "s2") is None  # drain's answers belong to no session
    with store.session() as s:
        after = [
            (
                c.id,
                c.repetitions,
                c.ef,
                c.interval,
                c.due,
                c.lapses,
                c.reviews,
                c.last_review,
                c.learning_day,
            )
            for c in s.scalars(select(Card).order_by(Card.id))
        ]
        assert s.scalar(select(func.count()).select_from(ReviewLog)) == logs
    assert after == before


def test_every_answer_writes_a_log_row_with_state_before_and_after(
    store: Store, settings: Settings
) -> None:
    card = next_card(store, settings, DAY1)
    assert card is not None
    answer(store, settings, card.id, 5, DAY1, answer_ms=1234)
    with store.session() as s:
        log = s.scalars(select(ReviewLog)).one()
        assert (log.card_id, log.quality, log.answer_ms, log.kind) == (card.id, 5, 1234, "new")
        assert (log.reps_before, log.ef_before, log.interval_before) == (0, 250, 0)
        assert (log.reps_after, log.ef_after, log.interval_after) == (1, 260, 1)
        assert log.reviewed_at == DAY1 and log.study_day == date(2026, 3, 2)


def test_buttons_preview_their_intervals(store: Store, settings: Settings) -> None:
    card = next_card(store, settings, DAY1)
    assert card is not None
    shown = preview(card, settings, DAY1, SM2Scheduler())
    labels = [shown[r] for r in sorted(shown)]
    assert labels == ["1d ↻", "1d ↻", "1d", "1d"]


def test_deck_rows_count_new_due_learning_mature_suspended(
    store: Store, settings: Settings
) -> None:
    rows = deck_rows(store, settings, DAY1)
    assert [r.as_dict() for r in rows] == [
        {
            "deck": "Sample",
            "cards": 5,
            "new": 5,
            "due": 0,
            "learning": 0,
            "mature": 0,
            "suspended": 0,
        }
    ]
    card = next_card(store, settings, DAY1)
    assert card is not None
    answer(store, settings, card.id, 1, DAY1)
    row = deck_rows(store, settings, DAY1)[0]
    assert (row.new, row.learning) == (4, 1)


def test_the_card_just_answered_waits_while_another_card_is_due(
    store: Store, settings: Settings
) -> None:
    first = next_card(store, settings, DAY1)
    assert first is not None
    answer(store, settings, first.id, 1, DAY1)  # Again: a same-day repeat
    after = next_card_after(store, settings, DAY1, Scope(), last=first.id)
    assert after is not None and after.id != first.id and after.is_new
    answer(store, settings, after.id, 4, DAY1)
    a_minute_later = at("2026-03-02T09:01:00Z")
    repeat = next_card_after(store, settings, a_minute_later, Scope(), last=after.id)
    assert repeat is not None and repeat.id == first.id and repeat.learning
    only = Scope(tags=("list",))  # nothing else in scope: the repeat comes straight back
    assert next_card_after(store, settings, DAY1, only, last=first.id) == repeat
