"""Shared fixtures: a temporary drill home, settings pinned to UTC, a sample deck."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check results, not speed: a busy 2-core machine must not fail them on time.
settings.register_profile("drill", deadline=None)
settings.load_profile("drill")

DATA = Path(__file__).parent / "data"
SAMPLE_DECKS = DATA / "decks"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the real home, the wall clock's time zone or a user database URL."""
    monkeypatch.setenv("DRILL_TZ", "UTC")
    monkeypatch.setenv("DRILL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DRILL_DATABASE_URL", raising=False)
    monkeypatch.setenv("DRILL_NOW", "2026-03-02T09:00:00Z")
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def sample_home(home: Path) -> Path:
    """A home whose own decks folder holds only the sample deck (shipped decks still load)."""
    (home / "decks").mkdir(exist_ok=True)
    shutil.copy(SAMPLE_DECKS / "sample.md", home / "decks" / "sample.md")
    return home


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@pytest.fixture
def only_sample(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Hide the shipped decks so counts are exact: drill sees only the sample deck."""
    empty = tmp_path / "no-shipped"
    empty.mkdir()
    import drill.config as config

    original = config.shipped_dir
    monkeypatch.setattr(
        config, "shipped_dir", lambda name: empty if name == "decks" else original(name)
    )
    yield SAMPLE_DECKS / "sample.md"


def env_for(home: Path, now: str = "2026-03-02T09:00:00Z", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRILL_")}
    env.update({"DRILL_HOME": str(home), "DRILL_NOW": now, "DRILL_TZ": "UTC"})
    env.update(extra)
    return env
