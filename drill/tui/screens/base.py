"""The base of drill's screens: the use-case dependencies and a typed handle on the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from drill.tui.context import Deps

if TYPE_CHECKING:
    from drill.tui.app import DrillApp


class DrillScreen(Screen[None]):
    """A screen that reaches drill only through `deps` (settings, store, clock) and the app."""

    def __init__(self, deps: Deps) -> None:
        super().__init__()
        self.deps = deps

    @property
    def drill_app(self) -> DrillApp:
        from drill.tui.app import DrillApp

        assert isinstance(self.app, DrillApp)
        return self.app
