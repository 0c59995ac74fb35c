"""`drill export` and `drill import` run as a user runs them, in temporary homes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_DECKS, env_for

NOW = "2026-03-02T09:00:00Z"


def drill(home: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drill", *args],
        capture_output=True,
        text=True,
        env=env_for(home, NOW),
        cwd=cwd,
        timeout=120,
    )


def test_export_then_import_into_another_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "decks").mkdir(parents=True)
    shutil.copy(SAMPLE_DECKS / "sample.md", home / "decks" / "sample.md")
    package = tmp_path / "sample.apkg"

    out = drill(home, "export", "--deck", "Sample", "--out", str(package), "--json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["decks"] == ["Sample"] and (summary["notes"], summary["cards"]) == (5, 5)
    assert summary["path"] == str(package) and package.exists()

    # Without --out: a dated package in the current folder, named on exit.
    out = drill(home, "export", "--deck", "Sample", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "drill-2026-03-02.apkg").exists()
    assert out.stdout.strip().endswith(f"to {tmp_path / 'drill-2026-03-02.apkg'}")

    other = tmp_path / "other"
    out = drill(other, "import", str(package), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert (report["deck"], report["cards"], report["added"]) == ("Sample", 5, 5)
    assert Path(report["deck_file"]) == other / "decks" / "sample.md"
    rows = json.loads(drill(other, "decks", "--json").stdout)
    assert next(r for r in rows if r["deck"] == "Sample")["cards"] == 5


def test_user_errors_are_one_line_with_exit_code_2(tmp_path: Path) -> None:
    home = tmp_path / "home"
    garbage = tmp_path / "garbage.apkg"
    garbage.write_bytes(b"this is not a package")
    out = drill(home, "import", str(garbage))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("drill: ") and out.stderr.count("\n") == 1
    assert "not an Anki package" in out.stderr
    assert not (home / "decks").exists() or not any((home / "decks").iterdir())

    out = drill(home, "export", "--deck", "Nope", "--out", str(tmp_path / "x.apkg"))
    assert out.returncode == 2 and "no deck named 'Nope'" in out.stderr
    assert out.stderr.count("\n") == 1 and not (tmp_path / "x.apkg").exists()
