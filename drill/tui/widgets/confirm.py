"""A yes/no question in a modal: Enter or `y` confirms, Escape or `n` declines."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class Confirm(ModalScreen[bool]):
    """Guards the one-way actions, such as giving up on a problem."""

    DEFAULT_CSS = """
    Confirm {
        align: center middle;
        & > Vertical {
            width: 60; max-width: 100%; height: auto;
            border: round $error; background: $surface; padding: 1 2;
        }
        & #confirm-help { color: $text-muted; margin-top: 1; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("escape,n", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, help_text: str = "Enter/y: yes · Escape/n: no") -> None:
        super().__init__()
        self.question = question
        self.help_text = help_text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, markup=False)
            yield Label(self.help_text, id="confirm-help")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
