"""What the judge files in the Oops List: mistakes, not noise."""

from __future__ import annotations

from pathlib import Path

from drill.config import load_settings, shipped_dir
from drill.oops import list_oops, mistake_kind
from drill.practice import record_run, start_attempt
from drill.problembank import find_problem, starter_code
from drill.store.db import open_store
from tests.conftest import at

NOW = at("2026-03-02T09:00:00Z")
WRONG = {"verdict": "wrong_answer", "counterexample": {"input": "{'nums': []}"}}


def test_judging_the_untouched_starter_files_nothing(home: Path) -> None:
    settings = load_settings(home)
    store = open_store(settings)
    try:
        meta = find_problem("missing-number", [shipped_dir("problems")])
        starter = starter_code(meta)
        attempt = start_attempt(store, settings, meta, starter, NOW)
        run = record_run(store, settings, attempt.id, WRONG, starter, NOW)
        assert run.oops_id is None and run.attempt.failed_runs == 0
        run = record_run(store, settings, attempt.id, WRONG, starter + "# tried\n", NOW)
        assert run.oops_id is not None and run.attempt.failed_runs == 1
        assert [e.category for e in list_oops(store)] == ["edge-case"]
    finally:
        store.close()


def test_the_kind_of_mistake_comes_from_the_failing_input() -> None:
    assert mistake_kind("wrong_answer", "{'nums': []}") == (
        "edge-case",
        "wrong answer on empty input",
    )
    assert mistake_kind("wrong_answer", "{'s': 'a'}")[1] == "wrong answer on a single element"
    assert mistake_kind("runtime_error", "{'nums': [3, -1]}")[1] == "crashes with negative numbers"
    assert (
        mistake_kind("wrong_answer", "{'nums': [2, 5, 2]}")[1]
        == "wrong answer with repeated values"
    )
    assert mistake_kind("wrong_answer", "{'nums': [2, 5, 7]}") == ("other", "wrong answer")
    assert mistake_kind("too_slow", None) == ("complexity", "too slow for the target")
    assert mistake_kind("wrong_answer", "not a literal(")[1] == "wrong answer"
