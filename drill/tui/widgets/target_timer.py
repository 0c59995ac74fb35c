"""Elapsed time against a problem's TARGET_MINUTES: `4:12 / 20:00`, warning colour past it."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Label

from drill.tui.fmt import clock


class TargetTimer(Label):
    """Ticks once a second from an injected clock until `stop` freezes it."""

    DEFAULT_CSS = """
    TargetTimer { width: auto; text-style: bold; padding: 0 1; }
    TargetTimer.-over { color: $text-warning; }
    """

    def __init__(self, clock_fn: Callable[[], float], id: str | None = None) -> None:
        super().__init__("", id=id)
        self.clock_fn = clock_fn
        self.started: float | None = None
        self.stopped: float | None = None
        self.target_s = 0.0

    def on_mount(self) -> None:
        self.ticker = self.set_interval(1.0, self.tick)

    def start(self, target_minutes: int) -> None:
        self.started = self.clock_fn()
        self.stopped = None
        self.target_s = target_minutes * 60
        self.tick()

    def stop(self) -> None:
        if self.started is not None and self.stopped is None:
            self.stopped = self.clock_fn()
            self.tick()
            self.ticker.pause()

    @property
    def elapsed(self) -> float:
        if self.started is None:
            return 0.0
        return (self.stopped if self.stopped is not None else self.clock_fn()) - self.started

    def tick(self) -> None:
        if self.started is None:
            return
        elapsed = self.elapsed
        self.update(f"{clock(elapsed)} / {clock(self.target_s)}")
        self.set_class(elapsed > self.target_s, "-over")
