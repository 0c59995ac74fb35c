"""What every screen needs: settings, the open store, the session clock and the editor."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from drill import config
from drill.config import Settings
from drill.store.db import Store

EditorRunner = Callable[[Path, int], None]
"""Opens a file at a line and returns when the user has closed the editor."""


@dataclass
class Deps:
    """Injected into every screen, so tests swap the clock and the editor without patching."""

    settings: Settings
    store: Store
    clock: Callable[[], float] = time.monotonic
    editor: EditorRunner | None = field(default=None)

    def now(self) -> datetime:
        """The study instant (DRILL_NOW honoured); session timers use `clock` instead."""
        return config.now()
