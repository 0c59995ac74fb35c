"""Fixtures for the CLI tests: a user home holding the sample deck."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DECKS


@pytest.fixture
def user_home(tmp_path: Path) -> Path:
    home = tmp_path / "user"
    (home / "decks").mkdir(parents=True)
    shutil.copy(SAMPLE_DECKS / "sample.md", home / "decks" / "sample.md")
    return home
