"""Fixtures for TUI tests: a steady app (no blink, no animation), a fake clock, a fake editor."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import WorkerCancelled, WorkerError, WorkerFailed

from drill.library import ensure_synced
from drill.review import Scope
from drill.store.db import Store
from drill.tui.app import DrillApp
from drill.tui.app import make_app as make_drill_app


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests on a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


PROBLEMS = Path(__file__).parent / "data" / "problems"
"""A problem owned by these tests, so shipped problems can change without breaking them."""


class FakeClock:
    """The session clock, moved by hand: timers never depend on the wall clock."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeEditor:
    """Records every file the app opened; `change` edits the file as the user would."""

    def __init__(self) -> None:
        self.opened: list[tuple[Path, int]] = []
        self.change: Callable[[Path], None] | None = None

    def __call__(self, path: Path, line: int) -> None:
        self.opened.append((path, line))
        if self.change is not None:
            self.change(path)


@pytest.fixture(autouse=True)
def _steady(monkeypatch: pytest.MonkeyPatch) -> None:
    """No cursor blink and no randomness: every run renders the same frames."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setenv("DRILL_JUDGE_EXAMPLES", "40")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def editor() -> FakeEditor:
    return FakeEditor()


@pytest.fixture
def stores() -> Iterator[list[Store]]:
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


AppFactory = Callable[..., DrillApp]


@pytest.fixture
def make_app(
    sample_home: Path,
    only_sample: Path,
    clock: FakeClock,
    editor: FakeEditor,
    stores: list[Store],
) -> AppFactory:
    """`make_app(screen=..., ...)`: the app on a home holding only the sample deck (synced
    before start, as the CLI does) and the test problem `biggest-value`, with the fake clock
    and editor."""

    def factory(
        home: Path = sample_home,
        *,
        screen: str = "home",
        scope: Scope | None = None,
        minutes: int | None = None,
        problem: str | None = None,
        sync: bool = True,
        **deps: Any,
    ) -> DrillApp:
        shutil.copytree(PROBLEMS, home / "problems", dirs_exist_ok=True)
        options: dict[str, Any] = {"clock": clock, "editor": editor, **deps}
        app = make_drill_app(
            home, screen=screen, scope=scope, minutes=minutes, problem=problem, **options
        )
        stores.append(app.deps.store)
        if sync:
            ensure_synced(app.deps.store, app.deps.settings)
        app.animation_level = "none"
        return app

    return factory


async def settle(app: DrillApp, pilot: Pilot[None]) -> None:
    """Let every worker but the file watcher finish, and the screen handle what they posted."""
    for _ in range(2):
        for worker in [w for w in app.workers if not w.group.endswith("-watch")]:
            with contextlib.suppress(WorkerCancelled, WorkerFailed, WorkerError):
                await worker.wait()  # a replaced (exclusive) or failed worker is the app's job
        await pilot.pause()


def text(widget: Widget) -> str:
    """What a Label or Static shows, as plain text."""
    return str(widget.render())
