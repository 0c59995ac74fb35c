"""`drill solve`, `drill problems` and `drill oops` as a user runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import env_for
from tests.e2e.test_cli import DRILL, drill, read_until

WRONG = "def missing_number(nums):\n    return len(nums)\n"
RIGHT = "def missing_number(nums):\n    return len(nums) * (len(nums) + 1) // 2 - sum(nums)\n"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def start_solve(home: Path, resume: bool = False) -> tuple[subprocess.Popen[bytes], bytearray]:
    proc = subprocess.Popen(
        [DRILL, "solve", "missing-number", "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env_for(home, DRILL_JUDGE_EXAMPLES="40"),
    )
    seen = bytearray()
    assert proc.stdin is not None
    if not resume:  # an attempt left open resumes at once; a new one is read first
        read_until(proc, b"Enter starts the timer", seen)
        proc.stdin.write(b"\n")
        proc.stdin.flush()
    read_until(proc, b"save it to be judged", seen)
    return proc, seen


def write(path: Path, code: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(code)
    os.replace(tmp, path)  # as editors save: a whole new file in one step


def test_solve_judges_every_save_and_ends_on_accepted(home: Path) -> None:
    proc, seen = start_solve(home)
    solution = home / "workspace" / "missing_number.py"
    assert "def missing_number(nums: list[int]) -> int:" in solution.read_text()
    write(solution, WRONG)
    read_until(proc, b"(added to the Oops List", seen)
    write(solution, RIGHT)
    read_until(proc, b"key insight", seen)
    assert proc.stdin is not None
    proc.stdin.write(b"The missing one is n(n+1)/2 minus the sum\n")
    proc.stdin.flush()
    read_until(proc, b"saved your insight as card", seen)
    assert proc.wait(timeout=60) == 0
    text = seen.decode()
    assert "expected: 2" in text and "added to the Oops List as #1" in text
    conn = sqlite3.connect(home / "drill.db")
    row = conn.execute(
        "SELECT outcome, runs, failed_runs, grade, final_code FROM attempts"
    ).fetchone()
    verdicts = [v for (v,) in conn.execute("SELECT verdict FROM judge_runs ORDER BY id")]
    oops = conn.execute("SELECT verdict, category FROM oops").fetchall()
    conn.close()
    assert row == ("accepted", 2, 1, 4, RIGHT)  # accepted within target after a failed run -> 4
    assert verdicts == ["wrong_answer", "accepted"]
    assert oops == [("wrong_answer", "other")]  # a plain example failed: no edge to name
    listed = json.loads(drill(home, "problems", "--json", "--category", "arrays-hashing").stdout)
    mine = next(r for r in listed if r["problem"] == "missing-number")
    assert (mine["status"], mine["attempts"], mine["next_due"]) == ("solved", 1, "2026-03-03")
    listing = drill(home, "history", "missing-number")
    assert listing.returncode == 0
    assert "1.1" in listing.stdout and "wrong_answer" in listing.stdout
    assert "1.2" in listing.stdout and "accepted" in listing.stdout
    assert drill(home, "history", "missing-number", "--show", "1.1").stdout == WRONG
    missing = drill(home, "history", "missing-number", "--show", "9.9")
    assert missing.returncode == 2 and "drill history missing-number" in missing.stderr
    decks = json.loads(drill(home, "decks", "--json").stdout)
    assert any(d["deck"] == "Insights" and d["cards"] == 1 for d in decks), decks


def test_leaving_at_the_preview_stores_nothing(home: Path) -> None:
    done = drill(home, "solve", "missing-number", "--plain", stdin="q\n")
    assert done.returncode == 1
    assert "nothing was timed or stored" in done.stdout
    assert not (home / "workspace" / "missing_number.py").exists()
    listed = json.loads(drill(home, "problems", "--json", "--category", "arrays-hashing").stdout)
    assert next(r for r in listed if r["problem"] == "missing-number")["status"] == "new"


def test_solve_now_skips_the_preview(home: Path) -> None:
    done = drill(home, "solve", "missing-number", "--plain", "--now", stdin="q\n")
    assert done.returncode == 1
    assert "Enter starts the timer" not in done.stdout
    assert (home / "workspace" / "missing_number.py").exists()


def test_giving_up_shows_the_reference_and_schedules_tomorrow(home: Path) -> None:
    proc, seen = start_solve(home)
    assert proc.stdin is not None
    proc.stdin.write(b"g\n")
    proc.stdin.flush()
    read_until(proc, b"def reference", seen)
    assert proc.wait(timeout=60) == 0
    assert b"gave up; it comes back on 2026-03-03" in seen
    conn = sqlite3.connect(home / "drill.db")
    assert conn.execute("SELECT outcome, grade FROM attempts").fetchone() == ("gave_up", 1)
    conn.close()
    due = json.loads(drill(home, "problems", "--due", "--json", now="2026-03-03T09:00:00Z").stdout)
    assert [r["problem"] for r in due] == ["missing-number"]
    assert due[0]["status"] == "failed"


def test_the_same_failure_saved_twice_is_one_oops_entry(home: Path) -> None:
    proc, seen = start_solve(home)
    solution = home / "workspace" / "missing_number.py"
    write(solution, WRONG)
    read_until(proc, b"(added to the Oops List", seen)
    write(solution, WRONG + "\n# still wrong\n")
    read_until(proc, b"got:", seen)
    assert proc.stdin is not None
    proc.stdin.write(b"q\n")
    proc.stdin.flush()
    assert proc.wait(timeout=60) == 1
    out = json.loads(drill(home, "oops", "list", "--json").stdout)
    assert len(out) == 1 and out[0]["problem"] == "missing-number"


def test_unknown_problem_suggests_names(home: Path) -> None:
    out = drill(home, "solve", "missing-numbr", "--plain")
    assert out.returncode == 2
    assert "did you mean missing-number" in out.stderr and "Traceback" not in out.stderr


def test_oops_add_resolve_export_and_card(home: Path, tmp_path: Path) -> None:
    added = drill(
        home,
        "oops",
        "add",
        "forgot the empty list",
        "--problem",
        "two-sum",
        "--category",
        "edge case",
    )
    assert added.returncode == 0, added.stderr
    drill(home, "oops", "add", "used < for <=", "--category", "off-by-one")
    listed = json.loads(drill(home, "oops", "list", "--json").stdout)
    assert [(e["id"], e["category"], e["problem"]) for e in listed] == [
        (1, "edge case", "two-sum"),
        (2, "off-by-one", None),
    ]
    assert drill(home, "oops", "resolve", "2").returncode == 0
    assert [e["id"] for e in json.loads(drill(home, "oops", "list", "--json").stdout)] == [1]
    out = tmp_path / "oops.md"
    assert drill(home, "oops", "export", "--out", str(out), "--all").returncode == 0
    text = out.read_text()
    assert text.index("## off-by-one") < text.index("## edge case")  # the categories' order
    assert text.index("## edge case") < text.index("### hashing")  # then two-sum's pattern
    assert "- #1 (two-sum): forgot the empty list" in text and "(resolved)" in text
    card = drill(home, "oops", "card", "1")
    assert card.returncode == 0, card.stderr
    decks = json.loads(drill(home, "decks", "--json").stdout)
    assert any(d["deck"] == "Oops" and d["cards"] == 1 for d in decks)
    bad = drill(home, "oops", "add", "x", "--category", "typo")
    assert bad.returncode == 2 and "unknown Oops category" in bad.stderr
    assert drill(home, "oops", "resolve", "99").returncode == 2


def test_leaving_and_reopening_an_attempt_keeps_the_code_exactly(home: Path) -> None:
    proc, seen = start_solve(home)
    solution = home / "workspace" / "missing_number.py"
    half_done = "def missing_number(nums):\n    # my idea: the sum formula\n    return 0\n"
    write(solution, half_done)
    read_until(proc, b"got:", seen)
    assert proc.stdin is not None
    proc.stdin.write(b"q\n")
    proc.stdin.flush()
    assert proc.wait(timeout=60) == 1  # left open
    mine_now = half_done + "# and more, never judged\n"
    solution.write_text(mine_now)
    again, seen = start_solve(home, resume=True)
    assert b"resumed your open attempt" in seen
    assert solution.read_text() == mine_now  # not the starter
    assert again.stdin is not None
    again.stdin.write(b"q\n")
    again.stdin.flush()
    assert again.wait(timeout=60) == 1
    conn = sqlite3.connect(home / "drill.db")
    attempts = conn.execute("SELECT outcome FROM attempts").fetchall()
    conn.close()
    assert attempts == [("open",)]
    assert not (home / "workspace" / ".history").exists()


def test_a_new_attempt_keeps_every_earlier_file_even_at_the_same_instant(home: Path) -> None:
    for n in range(3):  # DRILL_NOW stands still: three attempts in "one second"
        proc, seen = start_solve(home)
        solution = home / "workspace" / "missing_number.py"
        write(solution, f"# attempt {n}\n{RIGHT}")
        read_until(proc, b"key insight", seen)
        assert proc.stdin is not None
        proc.stdin.close()  # no insight this time
        proc.wait(timeout=60)
    kept = sorted((home / "workspace" / ".history").glob("missing_number.*.py"))
    texts = sorted(p.read_text() for p in kept)
    assert texts == [f"# attempt {n}\n{RIGHT}" for n in range(2)]
    assert (home / "workspace" / "missing_number.py").read_text() == f"# attempt 2\n{RIGHT}"


def test_oops_keeps_one_entry_per_kind_of_mistake_and_skips_non_mistakes(home: Path) -> None:
    proc, seen = start_solve(home)
    solution = home / "workspace" / "missing_number.py"
    write(solution, "def missing_number(nums):\n    return (\n")  # mid-typing: a syntax error
    read_until(proc, b"compile error", seen)
    write(solution, WRONG)  # wrong: the same kind of mistake, saved three times
    read_until(proc, b"(added to the Oops List", seen)
    write(solution, WRONG + "# again\n")
    read_until(proc, b"got:", seen)
    write(solution, "def missing_number(nums):\n    return len(nums) + 1\n")
    read_until(proc, b"got:", seen)
    write(solution, RIGHT)
    read_until(proc, b"accepted in", seen)
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)
    assert proc.stdout is not None
    seen += proc.stdout.read()
    assert b"drill oops resolve --problem missing-number" in seen
    out = json.loads(drill(home, "oops", "list", "--json").stdout)
    assert len(out) == 1, out
    assert "wrong answer" in out[0]["text"] and "compile" not in out[0]["text"]
    done = drill(home, "oops", "resolve", "--problem", "missing-number")
    assert done.returncode == 0 and "resolved 1 Oops entry" in done.stdout
    assert json.loads(drill(home, "oops", "list", "--json").stdout) == []
    conn = sqlite3.connect(home / "drill.db")
    failed = conn.execute("SELECT failed_runs FROM attempts").fetchone()
    conn.close()
    assert failed == (3,)  # the syntax error didn't count as a try


def test_problems_plan_lists_weeks_five_to_twelve_by_pattern(home: Path) -> None:
    out = drill(home, "problems", "--plan", "--json")
    assert out.returncode == 0, out.stderr
    weeks = json.loads(out.stdout)
    assert [w["week"] for w in weeks] == list(range(5, 13))
    assert [w["title"] for w in weeks][:2] == ["Arrays & Hashing", "Two Pointers / Sliding Window"]
    by_week = {w["week"]: [p["problem"] for p in w["problems"]] for w in weeks}
    assert "two-sum" in by_week[5] and "subarray-sum-equals-k" in by_week[8]  # prefix sums: 8
    assert "subarray-sum-equals-k" not in by_week[5]
    assert "number-of-islands" in by_week[12] and all(len(v) >= 5 for v in by_week.values())
    levels = [p["difficulty"] for p in weeks[0]["problems"]]
    assert levels == sorted(levels, key=["easy", "medium", "hard"].index)
    text = drill(home, "problems", "--plan").stdout
    assert text.startswith("week 5: Arrays & Hashing (0/")
