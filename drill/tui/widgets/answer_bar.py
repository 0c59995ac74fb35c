"""The buttons under a card: Show answer, then Again/Hard/Good/Easy with their intervals."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from drill.core.sm2 import BUTTONS, Rating

VARIANTS: dict[Rating, ButtonVariant] = {
    Rating.AGAIN: "error",
    Rating.HARD: "warning",
    Rating.GOOD: "success",
    Rating.EASY: "primary",
}


class AnswerBar(Horizontal):
    """Mouse-friendly twin of the 1-4 keys; buttons never take focus, so keys stay the screen's."""

    DEFAULT_CSS = """
    AnswerBar {
        height: auto;
        align: center middle;
        padding: 0 1;
        & > Button { margin: 0 1; min-width: 14; }
        & > .-hidden { display: none; }
    }
    """

    @dataclass
    class RevealPressed(Message):
        """The Show answer button was clicked."""

    @dataclass
    class Graded(Message):
        """One of the four answer buttons was clicked."""

        rating: Rating

    def compose(self) -> ComposeResult:
        yield Button("Show answer", id="reveal", variant="primary", compact=True)
        for rating in BUTTONS:
            yield Button(
                rating.name.title(),
                id=f"grade-{int(rating)}",
                compact=True,
                variant=VARIANTS[rating],
                classes="-hidden",
            )

    def on_mount(self) -> None:
        for button in self.query(Button):
            button.can_focus = False

    def show_front(self) -> None:
        self.query_one("#reveal").set_class(False, "-hidden")
        for rating in BUTTONS:
            self.query_one(f"#grade-{int(rating)}").set_class(True, "-hidden")

    def show_back(self, labels: dict[Rating, str]) -> None:
        self.query_one("#reveal").set_class(True, "-hidden")
        for rating in BUTTONS:
            button = self.query_one(f"#grade-{int(rating)}", Button)
            button.label = f"{rating.name.title()} · {labels[rating]}"
            button.set_class(False, "-hidden")

    def hide(self) -> None:
        for button in self.query(Button):
            button.set_class(True, "-hidden")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "reveal":
            self.post_message(self.RevealPressed())
        elif event.button.id and event.button.id.startswith("grade-"):
            self.post_message(self.Graded(Rating(int(event.button.id.removeprefix("grade-")))))
