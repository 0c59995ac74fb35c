"""The learning log and today's plan over a real store: study days, weeks, what comes first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drill import learning_log, practice
from drill.config import PlanSettings, Settings
from drill.errors import DrillError
from drill.plan import today_plan
from drill.problembank import discover
from drill.stats import weekly_recap
from drill.store.db import Store
from tests.conftest import at


def test_an_entry_belongs_to_the_study_day_and_week_of_its_instant(
    store: Store, settings: Settings
) -> None:
    add = learning_log.add_entry
    first = add(
        store, settings, "  monotonic\nstack ", source="review", instant=at("2026-03-02T09:00:00Z")
    )
    late = add(store, settings, "late night", source="practice", instant=at("2026-03-09T03:59:00Z"))
    add(store, settings, "next week", source="set", instant=at("2026-03-09T04:00:00Z"))
    everything = learning_log.entries(store, settings, at("2026-03-09T09:00:00Z"))
    assert [(e.id, e.day, e.text, e.source) for e in everything] == [
        (first, date(2026, 3, 2), "monotonic stack", "review"),  # one line, trimmed
        (late, date(2026, 3, 8), "late night", "practice"),  # before 04:00: Sunday's
        (late + 1, date(2026, 3, 9), "next week", "set"),
    ]
    week = learning_log.entries(store, settings, at("2026-03-09T09:00:00Z"), week="2026-W10")
    assert [e.text for e in week] == ["monotonic stack", "late night"]
    this = learning_log.entries(store, settings, at("2026-03-09T09:00:00Z"), week="")
    assert [e.text for e in this] == ["next week"]
    recap = weekly_recap(store, settings, at("2026-03-09T09:00:00Z"), "2026-W10")
    assert [e.text for e in recap.log] == ["monotonic stack", "late night"]
    assert "  - Sun 08 Mar: late night\n" in recap.markdown()


def test_an_empty_line_or_an_unknown_source_is_refused(store: Store, settings: Settings) -> None:
    with pytest.raises(DrillError):
        learning_log.add_entry(
            store, settings, " \n ", source="hand", instant=at("2026-03-02T09:00:00Z")
        )
    with pytest.raises(ValueError):
        learning_log.add_entry(
            store, settings, "x", source="dream", instant=at("2026-03-02T09:00:00Z")
        )
    assert learning_log.entries(store, settings, at("2026-03-02T09:00:00Z")) == []


def _accept(store: Store, settings: Settings, slug: str, instant: str) -> None:
    metas = {m.slug: m for m in discover(settings.problem_dirs())[0]}
    attempt = practice.start_attempt(store, settings, metas[slug], "# starter\n", at(instant))
    practice.record_run(
        store, settings, attempt.id, {"verdict": "accepted"}, "# mine\n", at(instant)
    )


def test_thursday_re_solves_what_is_due_then_ports_a_solved_one_to_cpp(
    store: Store, settings: Settings
) -> None:
    planned = replace(settings, plan=PlanSettings(start=date(2026, 1, 5)))
    metas = discover(planned.problem_dirs())[0]
    # two-sum: accepted twice (due again in 6 days, on Thursday not due); contains-duplicate:
    # accepted once on Tuesday, due on Wednesday
    _accept(store, planned, "two-sum", "2026-02-02T09:00:00Z")
    _accept(store, planned, "two-sum", "2026-02-10T09:00:00Z")
    _accept(store, planned, "contains-duplicate", "2026-02-10T09:00:00Z")
    thursday = today_plan(store, planned, at("2026-02-12T09:00:00Z"), metas)
    assert thursday.plan_week is not None and thursday.plan_week.week == 6
    work = [(i.kind, i.command) for i in thursday.items if i.kind in ("resolve", "port", "next")]
    # contains-duplicate (week 5's) is due; the week's own solved problems come next, in C++
    assert work[0] == ("resolve", "drill solve contains-duplicate")
    assert len(work) == 2 and work[1][0] in ("port", "next")
    assert thursday.solved_this_week == 2  # two accepts on Tuesday
    assert "Thursday, re-solve, or port one to C++ · week 6" in thursday.headline()
    week_5 = replace(planned, plan=PlanSettings(start=date(2026, 1, 12)))  # now week 5
    ported = today_plan(store, week_5, at("2026-02-12T09:00:00Z"), metas)
    kinds = [(i.kind, i.problem) for i in ported.items if i.kind in ("resolve", "port")]
    assert kinds == [("resolve", "contains-duplicate"), ("port", "two-sum")]
    assert ported.items[2].command == "drill solve two-sum --lang cpp"
