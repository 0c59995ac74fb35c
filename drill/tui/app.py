"""The drill Textual app: setup, routing between screens, the keymap and deck syncing."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from drill.review import Scope
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe

if TYPE_CHECKING:
    from drill.core.problems import ProblemMeta
    from drill.library import FileEdit

SCREENS = ("home", "review", "browse", "problems", "oops", "solve", "stats", "recap", "timed")


class DrillApp(App[None]):
    """One app, one screen per job; `start` picks the screen opened on top of Home."""

    CSS_PATH = "drill.tcss"
    TITLE = "drill"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", show=False, priority=True),
        Binding("f1", "app.toggle_keys", "Keys", id="app.keys", show=False),
    ]

    sync_count: reactive[int] = reactive(0, init=False)
    """Bumped after every sync of the deck files; screens watch it to reload."""

    def __init__(
        self,
        deps: Deps,
        start: str = "home",
        scope: Scope | None = None,
        minutes: int | None = None,
        problem: str | None = None,
        language: str = "python",
        timed: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        if start not in SCREENS:
            raise ValueError(f"unknown screen {start!r}; one of {', '.join(SCREENS)}")
        self.deps = deps
        self.start = start
        self.scope = scope or Scope()
        self.minutes = minutes
        self.problem = problem
        self.language = language
        self.timed = timed
        self.sync_warning: str | None = None
        self.syncing = False
        self._metas: list[ProblemMeta] | None = None
        self._bank: tuple[list[ProblemMeta], Sequence[Any]] | None = None
        self._metas_lock = threading.Lock()

    def on_mount(self) -> None:
        self.set_keymap(self.deps.settings.keymap)
        if self.start == "review":
            self.open_review(self.scope, self.minutes)
        elif self.start == "browse":
            self.open_browse()
        elif self.start == "problems":
            self.open_problems()
        elif self.start == "oops":
            self.open_oops()
        elif self.start == "stats":
            self.open_stats()
        elif self.start == "recap":
            self.open_recap()
        elif self.start == "solve" and self.problem:
            self.open_solve(self.problem, self.language)
        elif self.start == "timed":
            self.open_timed(self.timed or {})
        else:
            self.open_home()
        # The first screen paints before the (usually no-op) sync and the keymap check run.
        self.syncing = True
        self.call_after_refresh(self.sync_decks)
        if self.deps.settings.keymap:
            self.call_after_refresh(self._check_keymap)

    # -- routing ------------------------------------------------------------------------------

    def open_home(self) -> None:
        from drill.tui.screens.home import HomeScreen

        self.push_screen(HomeScreen(self.deps))

    def back(self) -> None:
        """Leave the current screen for the one below, or for Home when it was the first
        (`drill review` opens straight into Review; Home is built only when needed)."""
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:
            from drill.tui.screens.home import HomeScreen

            self.switch_screen(HomeScreen(self.deps))

    def open_review(self, scope: Scope | None = None, minutes: int | None = None) -> None:
        from drill.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.deps, scope or self.scope, minutes or self.minutes))

    def open_browse(self) -> None:
        from drill.tui.screens.browse import BrowseScreen

        self.push_screen(BrowseScreen(self.deps))

    def open_problems(self) -> None:
        from drill.tui.screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(self.deps))

    def open_oops(self) -> None:
        from drill.tui.screens.oops import OopsScreen

        self.push_screen(OopsScreen(self.deps))

    def open_stats(self, deck: str | None = None) -> None:
        from drill.tui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(self.deps, deck))

    def open_recap(self, week: str | None = None) -> None:
        from drill.tui.screens.recap import RecapScreen

        self.push_screen(RecapScreen(self.deps, week))

    def open_solve(self, slug: str, language: str = "python") -> None:
        from drill.tui.screens.solve import SolveScreen

        self.push_screen(SolveScreen(self.deps, slug, language))

    # -- the keys panel -----------------------------------------------------------------------

    def open_timed(self, spec: dict[str, Any]) -> None:
        """A timed set, mock or contest: `spec` names the kind (and may name the problems,
        minutes and language); a session left running is picked up instead."""
        from drill.tui.screens.timed import TimedScreen

        self.push_screen(TimedScreen(self.deps, spec))

    def action_toggle_keys(self) -> None:
        """F1: the keys of this screen, in a panel that F1 or Esc closes."""
        from drill.tui.screens.keys import KeysScreen, key_rows

        if isinstance(self.screen, KeysScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(KeysScreen(key_rows(self.screen)))

    # -- services screens share ---------------------------------------------------------------

    def sync_decks(self) -> None:
        """Re-read changed deck files in a worker; screens reload when `sync_count` moves."""
        self.syncing = True
        self._sync_worker()

    @work(
        thread=True,
        exclusive=True,
        group="sync",
        exit_on_error=False,
        description="Syncing deck files",
    )
    def _sync_worker(self) -> None:
        from drill.library import ensure_synced
        from drill.review import ensure_scheduler

        report, warning = ensure_synced(self.deps.store, self.deps.settings)
        moved = ensure_scheduler(self.deps.store, self.deps.settings)
        if moved is not None:
            name = self.deps.settings.review.scheduler.upper()
            self.notify(f"Rescheduled {moved} cards with {name} from their review log.")
        self.call_from_thread(self._synced, warning, report.notes if report else [])

    def _synced(self, warning: str | None, notes: list[str] | None = None) -> None:
        self.syncing = False
        self.sync_warning = warning
        if warning:
            self.notify(warning, title="Deck file", severity="error", timeout=15)
        for note in notes or ():
            self.notify(note, title="Shipped deck", severity="warning", timeout=15)
        self.sync_count += 1

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            if event.worker.group == "sync":
                self._synced(None)
            self.notify(describe(event.worker.error), severity="error", timeout=15)

    def _handle_exception(self, error: Exception) -> None:
        """A user-fixable error nobody caught (a broken database, an unreadable file) ends the
        app with one clear line instead of Textual's traceback."""
        if isinstance(error, USER_ERRORS):
            self.exit(return_code=2, message=f"drill: {describe(error)}")
            return
        super()._handle_exception(error)

    def edit_file(self, path: Path, line: int) -> bool:
        """Suspend the app and run the editor on `path` at `line`; False if it could not run."""
        from drill.tui.editor import edit_suspended

        failure = edit_suspended(self, self.deps, path, line)
        if failure is not None:
            self.notify(failure, severity="error", timeout=10)
        return failure is None

    def edit_card(
        self, source_root: str, source_path: str, line: int, uid: str = ""
    ) -> FileEdit | None:
        """Open a card's deck file at its line, then re-sync the decks (the card may have
        changed); a file that is gone is a message, not an error.

        A shipped card is edited in its override in DRILL_HOME/decks/overrides, never in the
        installed package (an upgrade would undo the edit); closing the editor without a
        change leaves no override behind, so the card keeps taking shipped updates.

        Returns the file as it was before and after (for undo), None when nothing ran."""
        from drill.library import (
            OVERRIDDEN_ROOT,
            FileEdit,
            drop_unedited_override,
            file_text,
            locate,
            override_file,
            override_for_edit,
        )

        settings = self.deps.settings
        if source_root == OVERRIDDEN_ROOT and uid:
            try:
                before = file_text(override_file(settings, source_path))
                path, line = override_for_edit(settings, source_path, uid)
            except USER_ERRORS as err:
                self.notify(describe(err), severity="error", timeout=10)
                return None
            self.edit_file(path, line)
            try:
                kept = not drop_unedited_override(settings, source_path, uid)
            except USER_ERRORS as err:
                self.notify(describe(err), severity="error", timeout=10)
                kept = True
            if kept and path.exists():
                self.notify(
                    f"Your version is kept in {path}, safe from upgrades; delete its block "
                    "there to get the shipped card back."
                )
            self.sync_decks()
            return FileEdit(path, before, file_text(path))
        found = locate(settings, source_root, source_path)
        if found is None:
            self.notify(
                f"The card's file {source_path} ({source_root or 'old'} decks) is not on "
                "this machine.",
                severity="error",
            )
            return None
        try:
            before = file_text(found)
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return None
        if not self.edit_file(found, line):
            return None
        self.sync_decks()
        return FileEdit(found, before, file_text(found))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Toasts carry file names and errors, never markup: brackets stay brackets (widgets
        pass markup=True by default, so it is ignored here)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def problem_metas(self) -> list[ProblemMeta]:
        """Every problem module drill can find, read once (call it from a worker: it parses
        them all); broken user modules are named in a warning, not fatal."""
        with self._metas_lock:
            if self._metas is None:
                from drill.practice import sync_problems

                metas, errors = self._discover()
                sync_problems(self.deps.store, metas)
                for err in errors:  # notify is thread-safe
                    self.notify(str(err), title="Problem module", severity="warning", timeout=15)
                self._metas = metas
            return self._metas

    def problem_bank(self) -> list[ProblemMeta]:
        """Every problem module drill can find, read once, the store left as it is (Home's
        plan line); call it from a worker."""
        with self._metas_lock:
            return self._metas if self._metas is not None else self._discover()[0]

    def _discover(self) -> tuple[list[ProblemMeta], list[Any]]:
        if self._bank is None:
            from drill.problembank import discover

            self._bank = discover(self.deps.settings.problem_dirs())
        return self._bank[0], list(self._bank[1])

    # -- keymap and command palette -----------------------------------------------------------

    def _check_keymap(self) -> None:
        from drill.tui.keys import bindings_of, remappable, unknown_ids

        unknown = unknown_ids(self.deps.settings.keymap, bindings_of(remappable()))
        if unknown:
            self.notify(
                f"{self.deps.settings.config_file} [keys]: no binding with id "
                f"{', '.join(unknown)}; press ctrl+p and type Keys to see them",
                severity="warning",
                timeout=15,
            )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every enabled binding of the screen (its footer) is also a palette command."""
        from drill.tui.keys import palette_commands

        yield from super().get_system_commands(screen)
        yield from palette_commands(self, screen)


def make_app(
    home: Path | str | None = None,
    *,
    screen: str = "home",
    scope: Scope | None = None,
    minutes: int | None = None,
    problem: str | None = None,
    deps: Deps | None = None,
    **overrides: Any,
) -> DrillApp:
    """Build the app for a home folder (tests pass a temporary one); `overrides` go to Deps."""
    if deps is None:
        from drill.config import load_settings
        from drill.store.db import open_store

        settings = load_settings(home)
        deps = Deps(settings=settings, store=open_store(settings), **overrides)
    return DrillApp(deps, start=screen, scope=scope, minutes=minutes, problem=problem)
