"""Home's list of jobs (review, problems, Oops, browse), each with its key and a short status."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class Job:
    action: str  # the Home screen's action, e.g. "review"
    key: str  # as displayed, after the user's keymap
    title: str
    detail: str = ""


class JobMenu(OptionList):
    """Arrow keys and Enter pick a job; the letter keys work anywhere on Home."""

    DEFAULT_CSS = """
    JobMenu { height: auto; max-height: 100%; border: none; padding: 0 1; }
    """

    @dataclass
    class Chosen(Message):
        action: str

    def show(self, jobs: list[Job]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        for job in jobs:
            line = Text.assemble((f" {job.key:>3} ", "bold reverse"), "  ", (job.title, "bold"))
            if job.detail:
                line.append(f"  {job.detail}", style="dim")
            self.add_option(Option(line, id=job.action))
        if jobs:
            self.highlighted = min(highlighted or 0, len(jobs) - 1)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
