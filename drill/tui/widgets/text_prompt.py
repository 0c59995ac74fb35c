"""A one-line question in a modal: Enter answers it, Escape cancels (returns None)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class TextPrompt(ModalScreen[str | None]):
    """Used for an Oops note on a card and for the key insight after an accepted solution."""

    DEFAULT_CSS = """
    TextPrompt {
        align: center middle;
        & > Vertical {
            width: 70; max-width: 100%; height: auto;
            border: round $primary; background: $surface; padding: 0 1;
        }
        & #prompt-title { text-style: bold; margin-bottom: 1; }
        & #prompt-help { color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel")
    ]

    def __init__(
        self, title: str, placeholder: str = "", help_text: str = "", value: str = ""
    ) -> None:
        super().__init__()
        self.prompt_title = title
        self.placeholder = placeholder
        self.help_text = help_text or "Enter to save · Escape to cancel"
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.prompt_title, id="prompt-title", markup=False)
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Label(self.help_text, id="prompt-help")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        self.dismiss(text or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
