"""`drill judge`, `drill doctor` and `drill problems check` as a user runs them (exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli.judge_cmds import problems_check
from tests.judge.conftest import CORRECT_TWO_SUM, TWO_SUM

ROOT = Path(__file__).resolve().parents[2]


def drill(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DRILL_HOME": str(tmp_path / "home"),
        "DRILL_JUDGE_EXAMPLES": "30",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "drill", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_accepted_exits_0_and_prints_a_report(tmp_path: Path) -> None:
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    done = drill(tmp_path, "judge", "two-sum", str(sol))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("two-sum: accepted")


def test_wrong_answer_exits_1_with_json(tmp_path: Path) -> None:
    sol = tmp_path / "sol.py"
    sol.write_text("def two_sum(nums, target):\n    return [0, 0]\n")
    done = drill(tmp_path, "judge", "two-sum", str(sol), "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["verdict"] == "wrong_answer"
    assert data["counterexample"]["got"] == "[0, 0]"


def test_compile_error_exits_1(tmp_path: Path) -> None:
    sol = tmp_path / "sol.py"
    sol.write_text("def two_sum(nums, target)\n")
    done = drill(tmp_path, "judge", str(TWO_SUM), str(sol), "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["verdict"] == "compile_error"


def test_unknown_problem_exits_2_with_one_line(tmp_path: Path) -> None:
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    done = drill(tmp_path, "judge", "two-summ", str(sol))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "did you mean two-sum" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_solution_file_exits_2(tmp_path: Path) -> None:
    done = drill(tmp_path, "judge", "two-sum", str(tmp_path / "nope.py"))
    assert done.returncode == 2
    assert "nope.py" in done.stderr and "Traceback" not in done.stderr


def test_broken_problem_module_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "mine" / "arrays-hashing"
    folder.mkdir(parents=True)
    (folder / "bad-sum.py").write_text(
        TWO_SUM.read_text().replace("seen: dict[int, int] = {}", "seen = None")
    )
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    done = drill(tmp_path, "judge", "bad-sum", str(sol), "--problems", str(tmp_path / "mine"))
    assert done.returncode == 2
    assert "bad-sum.py" in done.stderr and "reference raised" in done.stderr


def test_doctor_lists_protections_and_exits_0(tmp_path: Path) -> None:
    done = drill(tmp_path, "doctor")
    assert done.returncode == 0
    assert "no network" in done.stdout and "process limit" in done.stdout
    assert "protections active" in done.stdout
    assert "file isolation" in done.stdout
    # Not only what the machine allows: a probe solution really could not see drill's home.
    assert "a probe solution could not list" in done.stdout
    assert "private root" in done.stdout or "landlock" in done.stdout


def test_doctor_without_namespaces_reports_landlock(tmp_path: Path) -> None:
    from drill.judge.jail import landlock_abi

    if landlock_abi() < 1:
        pytest.skip("no Landlock on this kernel")
    done = drill(tmp_path, "doctor", env={"DRILL_JUDGE_NO_NAMESPACES": "1"})
    assert done.returncode == 0
    assert "[ok ] file isolation" in done.stdout and "Landlock ABI" in done.stdout
    assert "could not list" in done.stdout and "landlock" in done.stdout


def _problem(tmp_path: Path, text: str, name: str = "my-sum") -> Path:
    folder = tmp_path / "arrays-hashing"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(text)
    return path


def test_problems_check_passes_a_good_module(tmp_path: Path) -> None:
    path = _problem(tmp_path, TWO_SUM.read_text())
    from drill.cli.base import AppContext

    result = CliRunner().invoke(problems_check, [str(path)], obj=AppContext())
    assert result.exit_code == 0, result.output
    assert "1 problem modules checked: all OK" in result.output


def test_problems_check_names_file_line_and_fix(tmp_path: Path) -> None:
    from drill.cli.base import AppContext

    bad_example = TWO_SUM.read_text().replace(
        '({"nums": [5, 5], "target": 10}, [0, 1])', '({"nums": [5, 5], "target": 10}, [1, 0])'
    )
    path = _problem(tmp_path, bad_example)
    result = CliRunner().invoke(problems_check, [str(path)], obj=AppContext())
    assert result.exit_code == 2
    line = next(iter(result.output.splitlines()))
    assert line.startswith(f"{path}:")
    assert "EXAMPLES[1]" in line and "fix the example or the reference" in line
    assert "1 with 1 error(s)" in result.output
