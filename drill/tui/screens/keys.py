"""The keys panel (F1): every key the screen underneath answers to, closed by F1 or Esc."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def key_rows(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, what they do) for each action the screen can take now, in binding order."""
    rows: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or not active.enabled:
            continue
        label = screen.app.get_key_display(binding)
        rows.setdefault(binding.tooltip or binding.description, []).append(label)
    return [(" ".join(dict.fromkeys(keys)), what) for what, keys in rows.items()]


class KeysScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    KeysScreen {
        align: right middle;
        & > VerticalScroll {
            width: 48; max-width: 100%; height: auto; max-height: 100%;
            border: round $primary; background: $surface; padding: 0 1;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1,escape,q", "close", "Close", id="keys.close"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max([len(k) for k, _ in self.rows] + [4])
        lines = [f"{k:>{width}}  {what}" for k, what in self.rows]
        with VerticalScroll():
            yield Static("Keys (F1 or Esc closes)\n\n" + "\n".join(lines), markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
