"""The study plan's goals on Home: a progress bar each, with where it stands (`212/300`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, ProgressBar

from drill.stats import GoalProgress


class GoalBar(Horizontal):
    DEFAULT_CSS = """
    GoalBar {
        height: 1;
        & > .name { width: 14; color: $text-muted; }
        & > ProgressBar { width: 32; }
        & > ProgressBar > Bar { width: 30; }
        & > .text { width: 1fr; }
        &.-met > .text { color: $success; }
    }
    """

    def __init__(self, goal: GoalProgress) -> None:
        super().__init__()
        self.goal = goal

    def compose(self) -> ComposeResult:
        yield Label(self.goal.name, classes="name")
        bar = ProgressBar(total=100, show_eta=False, show_percentage=False)
        bar.progress = round(self.goal.fraction * 100)
        yield bar
        yield Label(self.goal.text, classes="text")

    def on_mount(self) -> None:
        self.set_class(self.goal.fraction >= 1.0, "-met")


class GoalBars(Vertical):
    """Rebuilt from the figures each time Home reloads them."""

    DEFAULT_CSS = """
    GoalBars { height: auto; padding: 0 2; }
    """

    async def show(self, goals: list[GoalProgress]) -> None:
        await self.remove_children()
        await self.mount_all([GoalBar(goal) for goal in goals])
