"""A modal to write an Oops entry: what went wrong, its category and (optionally) the problem."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from drill.oops import CATEGORIES


@dataclass(frozen=True)
class OopsDraft:
    text: str
    category: str
    problem: str | None


class OopsForm(ModalScreen[OopsDraft | None]):
    """Enter in the text field saves; Escape cancels. `problems` empty hides the problem field."""

    DEFAULT_CSS = """
    OopsForm {
        align: center middle;
        & > Vertical {
            width: 72; max-width: 100%; height: auto;
            border: round $warning; background: $surface; padding: 0 1;
        }
        & #oops-title { text-style: bold; margin-bottom: 1; }
        & Horizontal { height: auto; margin-top: 1; }
        & Select { width: 1fr; }
        & #oops-buttons { align: right middle; }
        & #oops-buttons > Button { margin-left: 1; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="oopsform.cancel"),
    ]

    def __init__(
        self,
        title: str,
        problems: list[str] | None = None,
        problem: str | None = None,
        category: str = "other",
    ) -> None:
        super().__init__()
        self.form_title = title
        self.problems = problems or []
        self.problem = problem
        self.category = category

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.form_title, id="oops-title", markup=False)
            yield Input(placeholder="What went wrong, in a line", id="oops-text")
            with Horizontal():
                yield Select(
                    [(name, slug) for slug, name in CATEGORIES.items()],
                    value=self.category,
                    allow_blank=False,
                    id="oops-category",
                )
                if self.problems:
                    yield Select(
                        [(p, p) for p in self.problems],
                        prompt="no problem",
                        value=self.problem or Select.NULL,
                        id="oops-problem",
                    )
            with Horizontal(id="oops-buttons"):
                yield Button("Cancel", id="oops-cancel", compact=True)
                yield Button("Save", id="oops-save", variant="primary", compact=True)

    def _draft(self) -> OopsDraft | None:
        text = self.query_one("#oops-text", Input).value.strip()
        if not text:
            self.notify("Write what went wrong first.", severity="warning")
            return None
        category = self.query_one("#oops-category", Select).value
        problem: object = None
        if self.problems:
            problem = self.query_one("#oops-problem", Select).value
        return OopsDraft(
            text=text, category=str(category), problem=problem if isinstance(problem, str) else None
        )

    @on(Input.Submitted)
    @on(Button.Pressed, "#oops-save")
    def _save(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        draft = self._draft()
        if draft is not None:
            self.dismiss(draft)

    @on(Button.Pressed, "#oops-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
