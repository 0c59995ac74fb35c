"""The Oops screen: the Oops List as a table; filter, add, resolve, make a card, export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Checkbox, Footer, Label, Select
from textual.worker import Worker, WorkerState

from drill import oops
from drill.errors import DrillError
from drill.oops import CATEGORIES, OopsView
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.keys import bindings_of, key_for
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.oops_detail import OopsDetail
from drill.tui.widgets.oops_form import OopsDraft, OopsForm
from drill.tui.widgets.oops_table import OopsTable
from drill.tui.widgets.text_prompt import TextPrompt

if TYPE_CHECKING:
    pass


class OopsScreen(DrillScreen):
    """Reads with the Oops use cases in a worker; writes (add, resolve) are quick and inline."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="oops.add", tooltip="Write an Oops entry"),
        Binding("r", "resolve", "Resolve", id="oops.resolve", tooltip="Mark it dealt with"),
        Binding(
            "R",
            "resolve_problem",
            "Resolve problem",
            id="oops.resolve_problem",
            show=False,
            tooltip="Resolve every open entry of this entry's problem",
        ),
        Binding("c", "card", "Make card", id="oops.card", tooltip="Turn it into a card"),
        Binding("x", "export", "Export", id="oops.export", tooltip="Write the list as Markdown"),
        Binding("escape", "back", "Back", id="oops.back"),
    ]

    DEFAULT_CSS = """
    OopsScreen {
        & #filters { height: auto; padding: 0 1; }
        & #filters > Select { width: 1fr; margin-right: 1; }
        & #filters > Checkbox { width: auto; }
        & #count { color: $text-muted; padding: 0 1; height: 1; }
    }
    """

    @dataclass
    class Loaded(Message):
        entries: list[OopsView]
        problems: list[str]  # problems named by some entry, for the filter
        known: list[str]  # every problem, for the add form

    def __init__(self, deps: Deps) -> None:
        super().__init__(deps)
        self.problems: list[str] = []
        self.known: list[str] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="filters"):
            yield Select(
                [(name, slug) for slug, name in CATEGORIES.items()],
                prompt="every category",
                id="category",
                compact=True,
            )
            yield Select([], prompt="every problem", id="problem", compact=True)
            yield Checkbox("resolved too", False, id="resolved", compact=True)
        yield Label("", id="count")
        yield OopsTable(id="entries")
        yield OopsDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OopsTable).focus()
        self.reload()

    def reload(self) -> None:
        category = self.query_one("#category", Select).value
        problem = self.query_one("#problem", Select).value
        self._load(
            category if isinstance(category, str) else None,
            problem if isinstance(problem, str) else None,
            self.query_one("#resolved", Checkbox).value,
        )

    @work(
        thread=True,
        exclusive=True,
        group="oops",
        exit_on_error=False,
        description="Reading the Oops List",
    )
    def _load(self, category: str | None, problem: str | None, resolved: bool) -> None:
        known = [m.slug for m in self.drill_app.problem_metas()]
        entries = oops.list_oops(self.deps.store, resolved, category, problem)
        everything = oops.list_oops(self.deps.store, include_resolved=True)
        problems = sorted({e.problem for e in everything if e.problem})
        self.post_message(self.Loaded(entries, problems, known))

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        self.known = event.known
        if event.problems != self.problems:
            self.problems = event.problems
            select = self.query_one("#problem", Select)
            current = select.value
            with self.prevent(Select.Changed):
                select.set_options([(p, p) for p in event.problems])
                if isinstance(current, str) and current in event.problems:
                    select.value = current
        self.query_one(OopsTable).show(event.entries)
        n = len(event.entries)
        add = key_for(self.app, bindings_of([OopsScreen]), "oops.add", self.deps.settings.keymap)
        self.query_one("#count", Label).update(
            f"{n} entr{'y' if n == 1 else 'ies'}"
            if n
            else f"Nothing here. Mistakes from practice land here; {add} adds your own."
        )
        self.refresh_bindings()

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _filter_changed(self) -> None:
        self.reload()

    @on(OopsTable.Highlighted)
    def _highlighted(self, event: OopsTable.Highlighted) -> None:
        self.query_one(OopsDetail).show(event.entry)
        self.refresh_bindings()

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(describe(event.worker.error), severity="error", timeout=10)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("resolve", "card", "resolve_problem"):
            entry = self.query_one(OopsTable).current
            if entry is None:
                return None
            if action == "resolve":
                return entry.resolved_at is None or None
            if action == "resolve_problem":
                return entry.problem is not None or None
        return True

    def action_back(self) -> None:
        self.drill_app.back()

    def action_add(self) -> None:
        self.app.push_screen(OopsForm("New Oops entry", problems=self.known), self._add)

    def _add(self, draft: OopsDraft | None) -> None:
        if draft is None:
            return
        try:
            entry = oops.add(
                self.deps.store, self.deps.now(), draft.text, draft.category, draft.problem
            )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(f"Added Oops #{entry.id}.")
        self.reload()

    def action_resolve(self) -> None:
        entry = self.query_one(OopsTable).current
        if entry is None:
            return
        try:
            oops.resolve(self.deps.store, entry.id, self.deps.now())
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(f"Resolved Oops #{entry.id}.")
        self.reload()

    def action_resolve_problem(self) -> None:
        entry = self.query_one(OopsTable).current
        if entry is None or entry.problem is None:
            return
        try:
            n = oops.resolve_problem(self.deps.store, entry.problem, self.deps.now())
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(f"Resolved {n} Oops entr{'y' if n == 1 else 'ies'} of {entry.problem}.")
        self.reload()

    def action_card(self) -> None:
        entry = self.query_one(OopsTable).current
        if entry is not None:
            self._make_card(entry.id)

    @work(
        thread=True,
        exclusive=True,
        group="oops-card",
        exit_on_error=False,
        description="Writing a card",
    )
    def _make_card(self, oops_id: int) -> None:
        card = oops.to_card(self.deps.store, self.deps.settings, oops_id)
        path = self.deps.settings.user_decks / "oops.md"
        self.app.call_from_thread(self.notify, f"Added card {card} to {path}.")
        self.app.call_from_thread(self.drill_app.sync_decks)

    def action_export(self) -> None:
        day = self.deps.now().date().isoformat()
        default = self.deps.settings.home / "exports" / f"oops-{day}.md"

        def chosen(path: str | None) -> None:
            if path:
                self._export(Path(path).expanduser(), self.query_one("#resolved", Checkbox).value)

        self.app.push_screen(
            TextPrompt(
                "Export the Oops List as Markdown to",
                value=str(default),
                help_text="Enter writes the file · Escape cancels",
            ),
            chosen,
        )

    @work(
        thread=True,
        exclusive=True,
        group="oops-export",
        exit_on_error=False,
        description="Exporting the Oops List",
    )
    def _export(self, path: Path, include_resolved: bool) -> None:
        text = oops.export_markdown(self.deps.store, include_resolved)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as err:
            raise DrillError(f"cannot write {path}: {err.strerror}") from None
        self.app.call_from_thread(self.notify, f"Wrote {path}.")
