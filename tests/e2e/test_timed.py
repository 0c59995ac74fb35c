"""`drill set`, `drill mock` and `drill contest` as a user runs them: a scripted editor writes
the solutions, DRILL_NOW moves the clock between runs."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import env_for
from tests.e2e.test_cli import DRILL, drill, read_until

RIGHT = {
    "missing_number": "def missing_number(nums):\n    n = len(nums)\n"
    "    return n * (n + 1) // 2 - sum(nums)\n",
    "two_sum": "def two_sum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], j]\n"
    "        seen[x] = j\n",
}
WRONG = "def {name}(*args, **kwargs):\n    return None\n"

EDITOR = r"""
import json, os, sys
from pathlib import Path
from drill.config import shipped_dir
from drill.problembank import find_problem, reference_source

path = Path(sys.argv[1])
plan = json.loads(os.environ["EDIT_PLAN"])
state = Path(os.environ["EDIT_STATE"])
seen = json.loads(state.read_text()) if state.exists() else {}
stem = path.stem
step = seen.get(stem, 0)
seen[stem] = step + 1
state.write_text(json.dumps(seen))
if "#first" in plan:  # only the first file the editor is opened on
    first = seen.setdefault("#first", stem)
    state.write_text(json.dumps(seen))
    plan = {first: plan["#first"]}
actions = plan.get(stem, plan.get("*", []))
action = actions[step] if step < len(actions) else "keep"
slug = stem.replace("_", "-")
meta = find_problem(slug, [shipped_dir("problems")])
if action == "reference":
    code = reference_source(meta).replace("def reference(", f"def {meta.function}(", 1)
elif action == "wrong":
    code = f"def {meta.function}(*args, **kwargs):\n    return None\n"
elif action.startswith("code:"):
    code = action[5:]
else:
    code = None
if code is not None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(code)
    os.replace(tmp, path)
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def editor_env(tmp_path: Path, plan: dict[str, list[str]]) -> dict[str, str]:
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    return {
        "EDITOR": f"{sys.executable} {script}",
        "EDIT_PLAN": json.dumps(plan),
        "EDIT_STATE": str(tmp_path / "editor-state.json"),
        "DRILL_JUDGE_EXAMPLES": "40",
    }


def start(
    home: Path, *args: str, env: dict[str, str], now: str = "2026-03-02T09:00:00Z"
) -> tuple[subprocess.Popen[bytes], bytearray]:
    proc = subprocess.Popen(
        [DRILL, *args, "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env_for(home, now, **env),
    )
    return proc, bytearray()


def send(proc: subprocess.Popen[bytes], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line.encode() + b"\n")
    proc.stdin.flush()


def history(home: Path, kind: str) -> list[dict[str, object]]:
    out = drill(home, kind, "--history", "--json")
    assert out.returncode == 0, out.stderr
    result: list[dict[str, object]] = json.loads(out.stdout)
    return result


def test_a_set_judges_each_problem_keeps_its_verdicts_and_sums_them_up(
    home: Path, tmp_path: Path
) -> None:
    env = editor_env(
        tmp_path,
        {"missing_number": ["code:" + RIGHT["missing_number"]], "two_sum": ["wrong"]},
    )
    proc, seen = start(home, "set", "missing-number", "two-sum", "--minutes", "30", env=env)
    read_until(proc, b"Enter starts the clock", seen)
    assert b"1. Missing Number (easy, target 10 min)" in seen
    send(proc, "")
    read_until(proc, b"solved problem 1", seen)
    read_until(proc, b"(added to the Oops List as #1)", seen)  # problem 2, written wrong
    send(proc, "l")
    read_until(proc, b"*2. Two Sum", seen)
    send(proc, "g")
    read_until(proc, b"your notes on this timed set", seen)
    send(proc, "hash maps first")
    read_until(proc, b"kept with the session", seen)
    assert proc.wait(timeout=60) == 1  # not every problem solved
    text = seen.decode()
    assert "def reference" in text  # a set shows the reference on giving up
    assert "timed set over: 1/2 solved (30 min box" in text
    assert "1. Missing Number  easy   solved" in text and "accepted" in text
    assert "2. Two Sum" in text and "wrong_answer · 1 Oops" in text
    [done] = history(home, "set")
    assert done["solved"] == 1 and done["notes"] == "hash maps first"
    log = json.loads(drill(home, "log", "--json").stdout)
    assert [(e["text"], e["source"]) for e in log] == [("hash maps first", "set")]
    problems = done["problems"]
    assert isinstance(problems, list)
    assert [
        (p["problem"], p["solved"], p["verdicts"], p["wrong"], p["oops"]) for p in problems
    ] == [
        ("missing-number", True, ["accepted"], 0, 0),
        ("two-sum", False, ["wrong_answer"], 1, 1),
    ]
    conn = sqlite3.connect(home / "drill.db")
    attempts = conn.execute("SELECT outcome, final_code FROM attempts ORDER BY id").fetchall()
    conn.close()
    assert attempts == [
        ("accepted", RIGHT["missing_number"]),
        ("gave_up", WRONG.format(name="two_sum")),
    ]


def test_a_killed_set_loses_nothing_and_ends_when_its_box_has_run_out(
    home: Path, tmp_path: Path
) -> None:
    mine = "def missing_number(nums):\n    # half done\n    return 0\n"
    env = editor_env(tmp_path, {"missing_number": ["code:" + mine]})
    proc, seen = start(home, "set", "missing-number", "two-sum", "--minutes", "30", env=env)
    read_until(proc, b"Enter starts the clock", seen)
    send(proc, "")
    read_until(proc, b"judging problem 1", seen)
    read_until(proc, b"(added to the Oops List as #1)", seen)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    # ten minutes later: the set is still running and resumes, the code as it was left
    proc, seen = start(home, "set", env=env, now="2026-03-02T09:10:00Z")
    read_until(proc, b"resuming your timed set", seen)
    read_until(proc, b"your file:", seen)
    send(proc, "q")
    read_until(proc, b"left the timed set running (20:00 left)", seen)
    assert proc.wait(timeout=30) == 1
    solution = home / "workspace" / "missing_number.py"
    assert solution.read_text() == mine
    # past the 30 minutes: the set ends on its own, the attempt closed with the code kept
    out = drill(home, "set", "--plain", stdin="\n", now="2026-03-02T09:31:00Z", **env)
    assert out.returncode == 1, out.stderr
    assert "the timed set's 30 minutes ran out" in out.stdout
    assert "1/2" not in out.stdout and "0/2 solved" in out.stdout
    conn = sqlite3.connect(home / "drill.db")
    rows = conn.execute("SELECT outcome, final_code FROM attempts").fetchall()
    ended = conn.execute("SELECT ended_at FROM timed_sessions").fetchone()[0]
    conn.close()
    assert rows == [("gave_up", mine)]
    assert ended.startswith("2026-03-02 09:31")
    assert solution.read_text() == mine
    again = drill(home, "set", "--end")
    assert again.returncode == 2 and "no timed set is running" in again.stderr


def test_another_session_cannot_start_while_one_runs(home: Path, tmp_path: Path) -> None:
    env = editor_env(tmp_path, {})
    out = drill(home, "set", "missing-number", "--plain", stdin="\nq\n", **env)
    assert out.returncode == 1 and "left the timed set running" in out.stdout
    busy = drill(home, "contest", "--plain", stdin="\n", **env)
    assert busy.returncode == 2
    assert "a timed set (#1) is still running; `drill set` resumes it" in busy.stderr
    ended = drill(home, "set", "--end", "--json")
    assert ended.returncode == 0 and json.loads(ended.stdout)["solved"] == 0


def test_a_mock_hides_the_pattern_and_the_reference_until_the_end(
    home: Path, tmp_path: Path
) -> None:
    env = editor_env(tmp_path, {"*": ["wrong"]})
    proc, seen = start(home, "mock", env=env)
    read_until(proc, b"Enter starts the clock", seen)
    assert b"mock interview: 2 problems in 90 min" in seen and b"45 min each" in seen
    send(proc, "")
    read_until(proc, b"(added to the Oops List as #1)", seen)
    send(proc, "g")
    read_until(proc, b"--- problem 2/2", seen)
    assert b"def reference" not in seen and b"class reference" not in seen.lower()
    read_until(proc, b"(added to the Oops List as #2)", seen)
    send(proc, "g")
    read_until(proc, b"your notes on this mock interview", seen)
    send(proc, "froze on the second one")
    read_until(proc, b"add them to the Oops List? [y/N]", seen)
    send(proc, "y")
    read_until(proc, b"kept with the session and as Oops #3", seen)
    assert proc.wait(timeout=60) == 1
    text = seen.decode()
    assert "rubric (a point each)" in text
    assert "mock score 0/8: no hire" in text
    assert text.count("the reference for ") == 2  # both shown, now that it is over
    listing = json.loads(drill(home, "problems", "--json").stdout)
    levels = {r["problem"]: r["difficulty"] for r in listing}
    titles = {r["problem"]: r["title"] for r in listing}
    [done] = history(home, "mock")
    problems = done["problems"]
    assert isinstance(problems, list)
    assert [levels[str(p["problem"])] for p in problems] == ["medium", "hard"]
    assert done["mock_points"] == 0 and done["mock_verdict"] == "no hire"
    entries = json.loads(drill(home, "oops", "list", "--json").stdout)
    assert any("froze on the second one" in e["text"] for e in entries)
    recap = json.loads(drill(home, "recap", "--week", "2026-W10", "--json").stdout)
    assert recap["timed"] == {"set": 0, "mock": 1, "contest": 0}
    assert recap["mock_interview"] is True  # drill saw it: the recap needn't ask
    assert [e["source"] for e in recap["log"]] == ["set"]
    # the same problems are not offered again within the fortnight
    again = drill(home, "mock", "--plain", stdin="q\n", now="2026-03-05T09:00:00Z")
    assert "mock interview: 2 problems" in again.stdout
    assert not any(f". {titles[str(p['problem'])]} (" in again.stdout for p in problems)


def test_a_contest_scores_by_difficulty_and_keeps_a_history(home: Path, tmp_path: Path) -> None:
    env = editor_env(tmp_path, {"#first": ["reference"]})
    proc, seen = start(home, "contest", "--minutes", "60", env=env)
    read_until(proc, b"Enter starts the clock", seen)
    assert b"contest: 4 problems in 60 min (easy, medium, medium, hard)" in seen
    send(proc, "")
    read_until(proc, b"solved problem 1", seen)
    send(proc, "end")
    read_until(proc, b"your retro on this contest", seen)
    send(proc, "")
    assert proc.wait(timeout=120) in (0, 1)
    [done] = history(home, "contest")
    problems = done["problems"]
    assert isinstance(problems, list)
    assert problems[0]["solved"] and problems[0]["points"] == 3
    solved = [p for p in problems if p["solved"]]
    points = {"easy": 3, "medium": 5, "hard": 7}
    assert done["score"] == sum(points[str(p["difficulty"])] for p in solved) >= 3
    assert done["possible"] == 20 and done["finish_s"] == 0.0  # DRILL_NOW stands still
    listing = drill(home, "contest", "--history")
    assert f"score {done['score']}/20" in listing.stdout
    figures = json.loads(drill(home, "stats", "--json").stdout)
    assert figures["contests"] == [{"day": "2026-03-02", "score": done["score"], "possible": 20}]
