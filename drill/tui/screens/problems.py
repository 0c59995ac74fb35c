"""The Problems screen: every problem, filtered by category, pattern, level and status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Label, Select
from textual.worker import Worker, WorkerState

from drill import practice, review
from drill.core.problems import CATEGORIES, DIFFICULTIES
from drill.practice import ProblemRow
from drill.tui.context import Deps
from drill.tui.guard import describe
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.problem_table import ProblemTable

if TYPE_CHECKING:
    pass

STATUSES = (
    ("new", "new"),
    ("solved", "solved"),
    ("failed", "failed"),
    ("open", "open"),
    ("due to re-solve", "due"),
)


@dataclass(frozen=True)
class Filters:
    category: str | None = None
    pattern: str | None = None
    difficulty: str | None = None
    status: str | None = None  # a practice status, or "due"


class ProblemsScreen(DrillScreen):
    """Enter starts a timed session on the highlighted problem."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Solve", id="problems.start", tooltip="Start a timed session"),
        Binding("f", "filters", "Filter", id="problems.filter", tooltip="Go to the filters"),
        Binding("escape", "back", "Back", id="problems.back"),
    ]

    DEFAULT_CSS = """
    ProblemsScreen {
        & #filters { height: auto; padding: 0 1; }
        & #filters > Select { width: 1fr; margin-right: 1; }
        & #count { color: $text-muted; padding: 0 1; height: 1; }
    }
    """

    @dataclass
    class Loaded(Message):
        rows: list[ProblemRow]
        patterns: list[str]

    def __init__(self, deps: Deps) -> None:
        super().__init__(deps)
        self.patterns: list[str] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="filters"):
            yield Select(
                [(c, c) for c in CATEGORIES], prompt="every category", id="category", compact=True
            )
            yield Select([], prompt="every pattern", id="pattern", compact=True)
            yield Select(
                [(d, d) for d in DIFFICULTIES], prompt="every level", id="difficulty", compact=True
            )
            yield Select(list(STATUSES), prompt="every status", id="status", compact=True)
        yield Label("Reading the problems…", id="count")
        yield ProblemTable(id="problems")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ProblemTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def filters(self) -> Filters:
        def value(select_id: str) -> str | None:
            v = self.query_one(f"#{select_id}", Select).value
            return v if isinstance(v, str) else None

        return Filters(value("category"), value("pattern"), value("difficulty"), value("status"))

    def reload(self) -> None:
        self._load(self.filters())

    @work(
        thread=True,
        exclusive=True,
        group="problems",
        exit_on_error=False,
        description="Listing problems",
    )
    def _load(self, f: Filters) -> None:
        metas = self.drill_app.problem_metas()
        due = f.status == "due"
        rows = practice.list_problems(
            self.deps.store,
            self.deps.settings,
            self.deps.now(),
            metas,
            category=f.category,
            pattern=f.pattern,
            difficulty=f.difficulty,
            status=None if due else f.status,
            due_only=due,
        )
        patterns = sorted({p for m in metas for p in m.patterns})
        self.post_message(self.Loaded(rows, patterns))

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        if event.patterns != self.patterns:
            self.patterns = event.patterns
            with self.prevent(Select.Changed):
                self.query_one("#pattern", Select).set_options([(p, p) for p in event.patterns])
        today = review.today(self.deps.settings, self.deps.now())
        self.query_one(ProblemTable).show(event.rows, today)
        n = len(event.rows)
        self.query_one("#count", Label).update(
            f"{n} problem{'s' if n != 1 else ''}" if n else "No problem matches these filters."
        )

    @on(Select.Changed)
    def _filter_changed(self) -> None:
        self.reload()

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(describe(event.worker.error), severity="error", timeout=10)

    @on(ProblemTable.Chosen)
    def _chosen(self, event: ProblemTable.Chosen) -> None:
        self.drill_app.open_solve(event.slug)

    def action_start(self) -> None:
        row = self.query_one(ProblemTable).current
        if row is not None:
            self.drill_app.open_solve(row.slug)

    def action_filters(self) -> None:
        self.query_one("#category", Select).focus()

    def action_back(self) -> None:
        self.drill_app.back()
