"""Golden progress figures from the seeded synthetic history (tests/progress_history.py): every
number of `drill stats`, the Home goals and the weekly recap, pinned and recounted from the spec."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from statistics import median

import pytest
from sqlalchemy import select

from drill.config import Settings, load_settings
from drill.errors import DrillError, NotFoundError
from drill.library import sync_decks
from drill.review import Rating, ReviewSession
from drill.stats import (
    goal_progress,
    progress_stats,
    recap_due,
    recap_week,
    save_recap_answers,
    weekly_recap,
)
from drill.store.db import Store, open_store
from drill.store.models import ReviewLog
from tests import progress_history as h
from tests.conftest import at
from tests.store.conftest import fresh_database

NOW = at(h.NOW)


@pytest.fixture(params=["sqlite", "postgresql"])
def history(
    request: pytest.FixtureRequest, home: Path, only_sample: Path
) -> Iterator[tuple[Store, Settings]]:
    """The seeded history in SQLite (stdlib sqlite3) and in PostgreSQL (through SQLAlchemy's
    connection): every golden figure must come out the same from both."""
    url = None
    if request.param == "postgresql":
        url = fresh_database(request.getfixturevalue("postgres_url"), "progress_history")
    store, settings = h.open_history(home, url)
    yield store, settings
    store.close()


def _true_retention(answers: list[h.Answer], cards: set[str]) -> tuple[int, int, int, int]:
    """The oracle: Anki's true retention counted straight from the spec's answers."""
    due = [a for a in answers if a.kind == "review" and a.card in cards]
    young = [a for a in due if a.interval_before < 21]
    mature = [a for a in due if a.interval_before >= 21]
    return (
        sum(a.quality >= 3 for a in young),
        len(young),
        sum(a.quality >= 3 for a in mature),
        len(mature),
    )


def test_review_figures(history: tuple[Store, Settings]) -> None:
    stats = progress_stats(*history, NOW).as_dict()
    r = stats["reviews"]
    assert stats["day"] == "2026-03-02" and stats["deck"] is None
    assert r["heatmap"]["first"] == "2025-03-03" and r["heatmap"]["last"] == "2026-03-02"
    year = [a for a in h.REVIEWS if a.days_ago < 365]
    assert r["heatmap"]["days"] == {
        d.isoformat(): n for d, n in sorted(Counter(a.day for a in year).items())
    }
    assert len(r["heatmap"]["days"]) == r["days_studied"] == 360  # 365 days, 5 of them missed
    assert r["heatmap"]["days"]["2026-03-02"] == 1 and "2026-02-20" not in r["heatmap"]["days"]
    assert r["streak"] == {"current": 10, "longest": 198, "studied_today": True, "goal": 30}
    per_day = r["per_day"]
    assert len(per_day) == 30 and per_day[0]["day"] == "2026-02-01"
    assert per_day[-1] == {"day": "2026-03-02", "reviews": 1, "minutes": 0.08}
    assert per_day[-2] == {"day": "2026-03-01", "reviews": 2, "minutes": 0.18}  # 5 s + 6 s
    assert per_day[-11] == {"day": "2026-02-20", "reviews": 0, "minutes": 0.0}  # missed
    assert sum(d["reviews"] for d in per_day) == 58


def test_true_retention_per_deck_and_tag(history: tuple[Store, Settings]) -> None:
    r = progress_stats(*history, NOW).as_dict()["reviews"]
    assert r["retention_days"] == 30
    assert r["retention"] == {
        "young": 0.8788,
        "young_reviews": 33,
        "mature": 1.0,
        "mature_reviews": 10,
        "total": 0.907,
    }
    assert r["retention_by_deck"]["Alpha"] == {
        "young": 0.9259,
        "young_reviews": 27,
        "mature": 1.0,
        "mature_reviews": 6,
        "total": 0.9394,
    }
    assert r["retention_by_deck"]["Beta"]["young"] == 0.6667
    assert r["retention_by_deck"]["Beta"]["young_reviews"] == 6
    assert list(r["retention_by_tag"]) == ["arrays", "dp", "graphs"]
    assert r["retention_by_tag"]["dp"]["mature"] is None  # no mature review of a dp card
    month = [a for a in h.REVIEWS if a.days_ago < 30]
    groups = {
        "Alpha": {f"a{i}" for i in range(8)},
        "Beta": {f"b{i}" for i in range(4)},
        "dp": {f"a{i}" for i in range(4, 8)},
    }
    for name, cards in groups.items():
        where = r["retention_by_deck"].get(name) or r["retention_by_tag"][name]
        yp, yt, mp, mt = _true_retention(month, cards)
        assert (where["young_reviews"], where["mature_reviews"]) == (yt, mt), name
        assert where["young"] == round(yp / yt, 4), name
        assert where["mature"] == (round(mp / mt, 4) if mt else None), name


def test_card_counts_and_the_forecast(history: tuple[Store, Settings]) -> None:
    stats = progress_stats(*history, NOW).as_dict()
    assert stats["cards"] == {
        "new": 2,
        "young": 4,
        "mature": 4,
        "suspended": 2,
        "mature_goal": 150,
    }
    forecast = stats["reviews"]["forecast"]
    assert len(forecast) == 30 and forecast[0]["day"] == "2026-03-03"
    # tomorrow: a1 and a3, plus b1 (overdue) and a7 (due today) carried over
    assert {f["day"]: f["due"] for f in forecast if f["due"]} == {
        "2026-03-03": 4,
        "2026-03-07": 1,
        "2026-03-22": 1,
        "2026-04-01": 1,
    }


def test_one_deck_narrows_card_figures(history: tuple[Store, Settings]) -> None:
    stats = progress_stats(*history, NOW, "Beta").as_dict()
    assert stats["deck"] == "Beta"
    assert stats["cards"] == {"new": 1, "young": 1, "mature": 1, "suspended": 1, "mature_goal": 150}
    beta = [a for a in h.REVIEWS if a.card.startswith("b")]
    assert stats["reviews"]["days_studied"] == len({a.day for a in beta if a.days_ago < 365})
    assert list(stats["reviews"]["retention_by_deck"]) == ["Beta"]
    assert stats["reviews"]["retention"]["young_reviews"] == 6
    assert {f["day"]: f["due"] for f in stats["reviews"]["forecast"] if f["due"]} == {
        "2026-03-03": 1
    }
    with pytest.raises(NotFoundError, match="no deck 'Gamma'"):
        progress_stats(*history, NOW, "Gamma")


def test_problem_figures(history: tuple[Store, Settings]) -> None:
    p = progress_stats(*history, NOW).as_dict()["problems"]
    assert p["solved"] == 5 and p["goal"] == 300
    assert p["by_difficulty"] == {
        "easy": {"solved": 2, "share": 0.4, "goal": 75, "goal_share": 0.25, "bank": 2},
        "medium": {"solved": 2, "share": 0.4, "goal": 180, "goal_share": 0.6, "bank": 3},
        "hard": {"solved": 1, "share": 0.2, "goal": 45, "goal_share": 0.15, "bank": 2},
    }
    # valid-brackets took two finished attempts to its first accept, the four others one
    assert p["attempts_per_solve"] == 1.2
    accepted = [t.minutes for t in h.ATTEMPTS if t.outcome == "accepted"]
    assert p["median_solve"] == {
        "solves": 7,
        "minutes": median(accepted),
        "target_minutes": 20.0,
        "goal_minutes": 13.0,
    }
    assert median(accepted) == 12
    weeks = {w["week"]: w for w in p["weeks"]}
    assert len(p["weeks"]) == 12 and p["weeks"][-1]["week"] == "2026-W10"
    assert weeks["2026-W08"] == {
        "week": "2026-W08",
        "solves": 2,
        "median_minutes": 30.0,
        "median_target_minutes": 30.0,
    }
    assert (weeks["2026-W09"]["median_minutes"], weeks["2026-W09"]["solves"]) == (13.0, 4)
    assert weeks["2026-W09"]["median_target_minutes"] == 15.0
    assert (weeks["2026-W10"]["median_minutes"], weeks["2026-W10"]["solves"]) == (6.0, 1)
    assert weeks["2026-W07"]["solves"] == 0 and weeks["2026-W07"]["median_minutes"] is None


def test_pattern_figures_and_the_weakest(history: tuple[Store, Settings]) -> None:
    p = progress_stats(*history, NOW).as_dict()["problems"]
    rows = {r["pattern"]: r for r in p["patterns"]}
    assert sorted(rows) == [
        "bfs",
        "deque",
        "grid",
        "hashing",
        "heap",
        "sliding-window",
        "stack",
        "topo-sort",
    ]  # word-ladder's bfs was never tried; it is bfs's only unsolved hard problem
    assert rows["bfs"] == {
        "pattern": "bfs",
        "attempts": 3,
        "first_try": 1,
        "first_try_rate": 0.3333,
        "solves": 2,
        "median_minutes": 12.0,
        "median_target_minutes": 20.0,
    }
    assert (rows["hashing"]["first_try_rate"], rows["hashing"]["median_minutes"]) == (1.0, 7.0)
    assert (rows["stack"]["first_try"], rows["stack"]["attempts"]) == (0, 2)
    assert rows["topo-sort"]["median_minutes"] is None
    assert p["weakest"] == [
        {
            "pattern": "stack",
            "first_try_rate": 0.0,
            "slowness": 1.2,
            "next_problem": "valid-brackets",
        },
        {
            "pattern": "topo-sort",
            "first_try_rate": 0.0,
            "slowness": 0.0,
            "next_problem": "course-order",
        },
        {
            "pattern": "bfs",
            "first_try_rate": 0.3333,
            "slowness": 0.6,
            "next_problem": "course-order",
        },
    ]


def test_oops_by_kind(history: tuple[Store, Settings]) -> None:
    assert progress_stats(*history, NOW).as_dict()["oops"] == [
        {"kind": "complexity", "open": 1, "resolved": 0},
        {"kind": "edge case", "open": 1, "resolved": 1},
        {"kind": "misread", "open": 0, "resolved": 1},
        {"kind": "off-by-one", "open": 1, "resolved": 0},
    ]


def test_goals_on_home(history: tuple[Store, Settings]) -> None:
    goals = {g.name: g for g in goal_progress(*history, NOW)}
    assert [g.text for g in goals.values()] == [
        "5/300",
        "4/150",
        "10/30 days",
        "12.0 min (≤ 13)",
        "40% (goal 60%)",
        "20% (goal 15%)",
    ]
    assert goals["solved"].fraction == pytest.approx(5 / 300)
    assert goals["streak"].fraction == pytest.approx(1 / 3)
    assert goals["median solve"].fraction == 1.0  # at or under the goal time is met
    assert goals["medium share"].fraction == pytest.approx(0.4 / 0.6)
    assert goals["hard share"].fraction == 1.0


def test_the_weekly_recap_of_last_week(history: tuple[Store, Settings]) -> None:
    store, settings = history
    week = recap_week(settings, NOW, None)
    assert week == "2026-W09"
    recap = weekly_recap(store, settings, NOW, week).as_dict()
    assert recap == {
        "week": "2026-W09",
        "first_day": "2026-02-23",
        "last_day": "2026-03-01",
        "solved": 4,
        "weekly_goal": 12,
        "top_pattern": {"pattern": "bfs", "attempts": 2},  # tied with stack: by name
        "biggest_oops": {
            "id": 1,
            "kind": "edge case",
            "text": "forgot the empty string",
            "problem": "valid-brackets",
            "times": 2,  # it recurred: it beats the 40-minute complexity one
            "minutes": 30.0,
        },
        "cards_reviewed": 14,
        "retention": {
            "young": 0.7778,
            "young_reviews": 9,
            "mature": 1.0,
            "mature_reviews": 2,
            "total": 0.8182,
        },
        "streak": 9,
        "median_solve": {"solves": 4, "minutes": 13.0, "target_minutes": 15.0},
        "win": None,
        "ml_notebook": None,
        "mock_interview": None,
        "contest_percentile": None,
        "answered": False,
        "log": [],  # no learning log in this history (tests/store/test_learning_log.py has one)
        "timed": {"set": 0, "mock": 0, "contest": 0},
    }
    week_answers = [a for a in h.REVIEWS if 1 <= a.days_ago <= 7]
    assert len(week_answers) == 14
    yp, yt, _, mt = _true_retention(week_answers, set(h.CARDS))
    assert (yt, mt, round(yp / yt, 4)) == (9, 2, 0.7778)


def test_recap_answers_are_asked_once_and_kept(history: tuple[Store, Settings]) -> None:
    store, settings = history
    assert recap_due(store, settings, NOW) == "2026-W09"  # Monday: last week's recap is offered
    assert recap_due(store, settings, NOW + timedelta(days=1)) is None  # Tuesday: not any more
    save_recap_answers(store, NOW, "2026-W09", "  solved islands cold  ", True, False, 87.5)
    recap = weekly_recap(store, settings, NOW, "2026-W09")
    d = recap.as_dict()
    assert (d["win"], d["ml_notebook"], d["mock_interview"]) == ("solved islands cold", True, False)
    assert d["contest_percentile"] == 87.5 and d["answered"] is True
    assert recap_due(store, settings, NOW) is None
    md = recap.markdown()
    assert md.startswith("## Week 2026-W09 (23 Feb – 01 Mar 2026)\n")
    for line in [
        "- LeetCode solved: 4/12",
        "- Pattern this week: bfs (2 attempts)",
        "- Biggest Oops: forgot the empty string (edge case, 2×, 30 min attempt)",
        "- Cards reviewed: 14, retention 82% (young 78%, mature 100%)",
        "- Streak: 9 days",
        "- Median solve time: 13.0 min (target 15, 4 solves)",
        "- One-line win: solved islands cold",
        "- ML notebook done: yes",
        "- Mock interview done: no",
        "- Contest percentile: 87.5",
    ]:
        assert line + "\n" in md, line
    with pytest.raises(DrillError, match="0 to 100"):
        save_recap_answers(store, NOW, "2026-W09", None, None, None, 120)
    with pytest.raises(DrillError, match="write it like 2026-W02"):
        recap_week(settings, NOW, "last week")


# ---------------------------------------------------------------- streak edge cases


def _answer_at(store: Store, settings: Settings, *instants: str) -> list[date]:
    """Answer one card Good at each instant, as the review session does: its study day is
    decided then, from the instant, the time zone and the rollover hour."""
    for instant in instants:
        when = at(instant)
        session = ReviewSession(store, settings, lambda when=when: when)  # type: ignore[misc]
        card = session.next()
        assert card is not None, instant
        session.answer(card, Rating.GOOD)
    with store.read() as s:
        return sorted(set(s.scalars(select(ReviewLog.study_day))))


def _streak(store: Store, settings: Settings, instant: str) -> tuple[int, int, bool]:
    s = progress_stats(store, settings, at(instant)).streaks
    return s.current, s.longest, s.studied_today


Opener = Callable[..., tuple[Store, Settings]]


@pytest.fixture
def fresh(
    sample_home: Path, only_sample: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Opener]:
    """A store over the sample deck, its time zone and rollover hour from config.toml."""
    monkeypatch.delenv("DRILL_TZ")
    opened: list[Store] = []

    def open_with(tz: str = "UTC", rollover: int = 4) -> tuple[Store, Settings]:
        (sample_home / "config.toml").write_text(
            f'timezone = "{tz}"\n[review]\nrollover_hour = {rollover}\n'
        )
        settings = load_settings(sample_home)
        store = open_store(settings)
        sync_decks(store, settings)
        opened.append(store)
        return store, settings

    yield open_with
    for store in opened:
        store.close()


def test_an_answer_before_the_rollover_hour_belongs_to_the_day_before(fresh: Opener) -> None:
    store, settings = fresh()
    days = _answer_at(store, settings, "2026-02-28T10:00:00Z", "2026-03-01T03:59:00Z")
    assert days == [date(2026, 2, 28)]  # 03:59 is still the 28th's study day
    assert _streak(store, settings, "2026-03-01T12:00:00Z") == (1, 1, False)
    assert _streak(store, settings, "2026-03-02T03:59:59Z") == (1, 1, False)  # still the 1st
    assert _streak(store, settings, "2026-03-02T04:00:00Z") == (0, 1, False)  # a day was missed
    days = _answer_at(store, settings, "2026-03-01T04:00:00Z")
    assert days == [date(2026, 2, 28), date(2026, 3, 1)]
    assert _streak(store, settings, "2026-03-01T04:30:00Z") == (2, 2, True)


def test_a_missed_day_breaks_the_streak_and_the_longest_is_kept(fresh: Opener) -> None:
    store, settings = fresh()
    _answer_at(
        store,
        settings,
        "2026-02-24T10:00:00Z",
        "2026-02-25T10:00:00Z",
        "2026-02-26T10:00:00Z",
        # the 27th missed
        "2026-02-28T10:00:00Z",
        "2026-03-01T10:00:00Z",
    )
    assert _streak(store, settings, "2026-03-01T20:00:00Z") == (2, 3, True)
    assert _streak(store, settings, "2026-03-02T09:00:00Z") == (2, 3, False)
    assert _streak(store, settings, "2026-03-03T09:00:00Z") == (0, 3, False)


@pytest.mark.parametrize(
    ("tz", "days", "streak"),
    [
        # 18:30 and 19:30 UTC are 03:30 and 04:30 the next morning in Tokyo: two study days
        ("Asia/Tokyo", [date(2026, 2, 28), date(2026, 3, 1)], (2, 2, True)),
        # in UTC both are the 28th; by the 1st's evening the 28th is yesterday
        ("UTC", [date(2026, 2, 28)], (1, 1, False)),
        # in New York both are the 28th's early afternoon
        ("America/New_York", [date(2026, 2, 28)], (1, 1, False)),
    ],
)
def test_study_days_follow_the_user_s_time_zone(
    fresh: Opener, tz: str, days: list[date], streak: tuple[int, int, bool]
) -> None:
    store, settings = fresh(tz=tz)
    assert _answer_at(store, settings, "2026-02-28T18:30:00Z", "2026-02-28T19:30:00Z") == days
    # 2026-03-01T12:00Z: the 1st in every one of these zones
    assert _streak(store, settings, "2026-03-01T12:00:00Z") == streak


def test_a_rollover_at_midnight_counts_calendar_days(fresh: Opener) -> None:
    store, settings = fresh(rollover=0)
    assert _answer_at(store, settings, "2026-02-28T23:59:00Z", "2026-03-01T00:01:00Z") == [
        date(2026, 2, 28),
        date(2026, 3, 1),
    ]
    assert _streak(store, settings, "2026-03-01T00:02:00Z") == (2, 2, True)
