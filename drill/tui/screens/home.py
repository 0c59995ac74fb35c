"""The Home screen: today's counts, streak, open Oops, and the keys that start each job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Label, Static
from textual.worker import Worker, WorkerState

from drill import review
from drill.tui import facts as facts_mod
from drill.tui.context import Deps
from drill.tui.facts import HomeFacts
from drill.tui.fmt import plural, tilde
from drill.tui.guard import describe
from drill.tui.keys import bindings_of, key_for
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.goal_bars import GoalBars
from drill.tui.widgets.job_menu import Job, JobMenu
from drill.tui.widgets.stat_tile import StatTile

if TYPE_CHECKING:
    pass


class HomeScreen(DrillScreen):
    """Loads its numbers in a worker each time it comes back to the front."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review", id="home.review", tooltip="Start today's review"),
        Binding("p", "problems", "Problems", id="home.problems", tooltip="Pick a problem"),
        Binding("o", "oops", "Oops", id="home.oops", tooltip="The Oops List"),
        Binding("b", "browse", "Browse", id="home.browse", tooltip="Decks and cards"),
        Binding("s", "stats", "Stats", id="home.stats", tooltip="Progress: heatmap, goals, recap"),
        Binding("w", "recap", "Recap", id="home.recap", tooltip="Last week's recap"),
        Binding("t", "timed('set')", "Set", id="home.set", tooltip="A timed set of 3 problems"),
        Binding("m", "timed('mock')", "Mock", id="home.mock", tooltip="A mock interview"),
        Binding("c", "timed('contest')", "Contest", id="home.contest", tooltip="A contest"),
        Binding("q", "app.quit", "Quit", id="home.quit"),
    ]

    DEFAULT_CSS = """
    HomeScreen {
        & #title { padding: 0 2; text-style: bold; width: 100%; background: $boost; }
        & #today { padding: 0 2; margin-top: 1; color: $accent; }
        & #tiles { height: auto; padding: 0 1; margin-top: 1; }
        & #notice { padding: 0 2; margin: 1 0 0 0; }
        & #notice.-warning { color: $warning; }
        & #jobs-title, #goals-title { padding: 0 2; margin-top: 1; color: $text-muted; }
        & #body { height: 1fr; }
    }
    """

    @dataclass
    class Loaded(Message):
        facts: HomeFacts
        today: str = ""

    def __init__(self, deps: Deps) -> None:
        super().__init__(deps)
        self.facts: HomeFacts | None = None

    def compose(self) -> ComposeResult:
        yield Label("drill", id="title")
        with VerticalScroll(id="body"):
            yield Static("", id="today", markup=False)
            with Horizontal(id="tiles"):
                yield StatTile("new", id="tile-new")
                yield StatTile("review", id="tile-review")
                yield StatTile("learning", id="tile-learning")
                yield StatTile("re-solve", id="tile-resolve")
                yield StatTile("streak", id="tile-streak")
                yield StatTile("open oops", id="tile-oops")
            yield Static("", id="notice", markup=False)
            yield Label("Start", id="jobs-title")
            yield JobMenu(id="jobs")
            yield Label("Goals", id="goals-title")
            yield GoalBars(id="goals")
        yield Footer()

    def on_mount(self) -> None:
        day = review.today(self.deps.settings, self.deps.now())
        self.query_one("#title", Label).update(f"drill · {day:%A} {day.day} {day:%B %Y}")
        self.watch(self.drill_app, "sync_count", self.reload, init=False)
        self._show_jobs()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.load_facts()

    @work(
        thread=True,
        exclusive=True,
        group="home",
        exit_on_error=False,
        description="Counting today's work",
    )
    def load_facts(self) -> None:
        found = facts_mod.gather(self.deps)
        today = facts_mod.today_line(self.deps, self.drill_app.problem_bank())
        self.post_message(self.Loaded(found, today))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self._notice(describe(event.worker.error), warning=True)

    @on(Loaded)
    async def _loaded(self, event: Loaded) -> None:
        self.facts = f = event.facts
        self.query_one("#today", Static).update(event.today)
        self.query_one("#tile-new", StatTile).show(f.counts.new)
        self.query_one("#tile-review", StatTile).show(f.counts.review)
        self.query_one("#tile-learning", StatTile).show(f.counts.learning)
        self.query_one("#tile-resolve", StatTile).show(f.problems_due)
        self.query_one("#tile-streak", StatTile).show(f.streak)
        self.query_one("#tile-oops", StatTile).show(f.open_oops)
        warning = self.drill_app.sync_warning
        if warning:
            self._notice(f"A deck file is broken: {warning}", warning=True)
        else:
            self._notice(self._advice(f), warning=False)
        self._show_jobs()
        await self.query_one(GoalBars).show(f.goals)

    def _notice(self, text: str, warning: bool) -> None:
        notice = self.query_one("#notice", Static)
        notice.update(text)
        notice.set_class(warning, "-warning")

    def _key(self, binding_id: str) -> str:
        return key_for(self.app, bindings_of([type(self)]), binding_id, self.deps.settings.keymap)

    def _advice(self, f: HomeFacts) -> str:
        review_key = self._key("home.review")
        if f.cards == 0 and self.drill_app.syncing:
            return "Loading the deck files…"
        if f.cards == 0:
            return (
                f"No cards yet. Put deck files (*.md) in {self.deps.settings.user_decks}, "
                "then come back here."
            )
        if f.fresh:
            settings = self.deps.settings
            return (
                f"Welcome to drill. {plural(f.cards, 'card')} in {plural(f.decks, 'deck')} "
                f"are waiting. Press {review_key} for a {settings.review.session_minutes}-minute "
                f"review ({settings.review.new_per_day} new cards come in each day), or "
                f"{self._key('home.problems')} to pick a problem to solve. Your own decks go "
                f"in {tilde(settings.user_decks)}."
            )
        if f.recap_week:
            recap = (
                f"A new week: press {self._key('home.recap')} for last week's recap "
                f"({f.recap_week}). "
            )
        else:
            recap = ""
        if f.counts.total == 0:
            return (
                recap
                + "Nothing left to review today. Practise a problem or revisit your Oops List."
            )
        return (
            recap + f"{plural(f.counts.total, 'card')} waiting today. Press {review_key} to start."
        )

    def _show_jobs(self) -> None:
        f = self.facts
        minutes = self.deps.settings.review.session_minutes
        jobs = [
            Job(
                "review",
                self._key("home.review"),
                "Review",
                f"{minutes} minutes" + (f" · {f.counts.total} due" if f else ""),
            )
        ]
        detail = f"{f.problems_due} due to re-solve" if f and f.problems_due else ""
        jobs.append(Job("problems", self._key("home.problems"), "Problems", detail))
        jobs.append(
            Job("timed('set')", self._key("home.set"), "Timed set", "3 problems, 90 minutes")
        )
        jobs.append(
            Job(
                "timed('mock')", self._key("home.mock"), "Mock interview", "2 problems, 45 min each"
            )
        )
        jobs.append(
            Job("timed('contest')", self._key("home.contest"), "Contest", "4 problems, 90 minutes")
        )
        detail = f"{f.open_oops} open" if f and f.open_oops else ""
        jobs.append(Job("oops", self._key("home.oops"), "Oops List", detail))
        jobs.append(
            Job(
                "browse",
                self._key("home.browse"),
                "Browse",
                f"{plural(f.decks, 'deck')}" if f else "",
            )
        )
        jobs.append(
            Job(
                "stats",
                self._key("home.stats"),
                "Stats",
                f"streak {f.streak} · recap {f.recap_week} waiting"
                if f and f.recap_week
                else (f"streak {f.streak}" if f else ""),
            )
        )
        self.query_one(JobMenu).show(jobs)

    @on(JobMenu.Chosen)
    async def _chosen(self, event: JobMenu.Chosen) -> None:
        await self.run_action(event.action)

    def action_review(self) -> None:
        self.drill_app.open_review()

    def action_problems(self) -> None:
        self.drill_app.open_problems()

    def action_oops(self) -> None:
        self.drill_app.open_oops()

    def action_browse(self) -> None:
        self.drill_app.open_browse()

    def action_stats(self) -> None:
        self.drill_app.open_stats()

    def action_timed(self, kind: str) -> None:
        self.drill_app.open_timed({"kind": kind})

    def action_recap(self) -> None:
        self.drill_app.open_recap(self.facts.recap_week if self.facts else None)
