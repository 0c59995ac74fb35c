"""Fixtures: an open store in a temporary home holding only the sample deck."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import msgspec
import pytest

from drill.config import Settings, load_settings
from drill.library import sync_decks
from drill.store.db import Store, open_store


@pytest.fixture
def settings(sample_home: Path, only_sample: Path) -> Settings:
    return load_settings(sample_home)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings)
    sync_decks(s, settings)
    yield s
    s.close()


def with_limits(settings: Settings, **limits: object) -> Settings:
    """The settings with some `[review]` keys changed (the others as the user has them)."""
    return replace(settings, review=msgspec.structs.replace(settings.review, **limits))
