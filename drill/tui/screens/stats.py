"""The Stats screen: every figure of `drill stats`: heatmap, streaks, retention, forecast,
problems against the goals, the weakest patterns (one key starts the next problem), Oops."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Static
from textual.worker import Worker, WorkerState

from drill import review, stats
from drill.core.progress import goal_mix
from drill.oops import CATEGORIES
from drill.stats import Retention, Stats
from drill.tui.context import Deps
from drill.tui.guard import describe
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.bar_chart import BarChart
from drill.tui.widgets.review_heatmap import ReviewHeatmap

DIFFICULTIES = ("easy", "medium", "hard")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _min(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class StatsScreen(DrillScreen):
    """Reads the figures in a worker; `d` steps through the decks, `w` practises the weakest."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "weakest",
            "Practise weakest",
            id="stats.weakest",
            tooltip="Start the next problem of the weakest pattern",
        ),
        Binding("d", "next_deck", "Deck", id="stats.deck", tooltip="All decks, then each deck"),
        Binding("escape", "back", "Back", id="stats.back"),
    ]

    DEFAULT_CSS = """
    StatsScreen {
        & #title { padding: 0 2; text-style: bold; width: 100%; background: $boost; }
        & #body { height: 1fr; padding: 0 1; }
        & .heading { margin-top: 1; text-style: bold; }
        & #summary, #problems-summary, #weakest { height: auto; }
        & #heatmap-row { height: 7; }
        & #weekdays { width: 4; color: $text-muted; }
        & DataTable { height: auto; max-height: 14; }
        & #charts { height: auto; }
        & #charts > Vertical { width: 1fr; height: auto; }
        & #retention-box { width: 1fr; height: auto; }
    }
    """

    @dataclass
    class Loaded(Message):
        figures: Stats
        decks: list[str]

    def __init__(self, deps: Deps, deck: str | None = None) -> None:
        super().__init__(deps)
        self.deck = deck
        self.decks: list[str] = []
        self.figures: Stats | None = None

    def compose(self) -> ComposeResult:
        yield Label("Stats", id="title")
        with VerticalScroll(id="body"):
            yield Static("Counting…", id="summary", markup=False)
            yield Label("Reviews, past year", classes="heading", id="heatmap-title")
            with Horizontal(id="heatmap-row"):
                yield Static("Mon\n\nWed\n\nFri\n\nSun", id="weekdays", markup=False)
                yield ReviewHeatmap(id="heatmap")
            with Vertical(id="retention-box"):
                yield Label("Retention, last 30 days", classes="heading")
                yield DataTable(id="retention", cursor_type="none", zebra_stripes=True)
            with Horizontal(id="charts"):
                with Vertical():
                    yield BarChart(id="forecast")
                with Vertical():
                    yield BarChart(id="per-day")
            yield Label("Problems", classes="heading")
            yield Static("", id="problems-summary", markup=False)
            yield Static("", id="weakest", markup=False)
            yield DataTable(id="patterns", cursor_type="none", zebra_stripes=True)
            yield BarChart(id="weeks")
            yield Label("Oops List by kind", classes="heading")
            yield DataTable(id="oops", cursor_type="none", zebra_stripes=True)
            yield BarChart(id="contests")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="stats", exit_on_error=False, description="Stats")
    def load(self) -> None:
        figures = stats.progress_stats(
            self.deps.store, self.deps.settings, self.deps.now(), self.deck
        )
        decks = sorted(review.deck_names(self.deps.store))
        self.post_message(self.Loaded(figures, decks))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.query_one("#summary", Static).update(describe(event.worker.error))

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        self.figures = f = event.figures
        self.decks = event.decks
        scope = f"deck {f.deck}" if f.deck else "all decks"
        self.query_one("#title", Label).update(
            f"Stats · {scope} · {f.day:%A} {f.day.day} {f.day:%B %Y}"
        )
        self._summary(f)
        self.query_one(ReviewHeatmap).show(f.heatmap, f.heatmap_first, f.day)
        self._retention(f)
        self.query_one("#forecast", BarChart).show(
            f"Due, next 30 days ({sum(n for _, n in f.forecast)})",
            [f"{d.day}" for d, _ in f.forecast],
            [n for _, n in f.forecast],
        )
        minutes = sum(r.ms for r in f.per_day) / 60000
        self.query_one("#per-day", BarChart).show(
            f"Reviews a day, last 30 ({minutes:.0f} min)",
            [f"{r.day.day}" for r in f.per_day],
            [r.reviews for r in f.per_day],
        )
        self._problems(f)
        self._oops(f)
        self._contests(f)

    def _summary(self, f: Stats) -> None:
        g, s, c = f.goals, f.streaks, f.cards
        today = "" if s.studied_today else " · not studied yet today"
        self.query_one("#summary", Static).update(
            f"Streak {s.current} days (longest {s.longest}, goal {g.streak_days}){today} · "
            f"studied {f.days_studied} of the last 365 days\n"
            f"Cards {c.new} new · {c.young} young · {c.mature} mature "
            f"(goal {g.mature_cards}) · {c.suspended} suspended"
        )

    def _retention(self, f: Stats) -> None:
        table = self.query_one("#retention", DataTable)
        table.clear(columns=True)
        for label, width in (("", 22), ("young", 6), ("of", 6), ("mature", 6), ("of", 6)):
            table.add_column(label, width=width)

        def row(name: str, r: Retention, style: str = "") -> None:
            table.add_row(
                Text(name, style=style),
                _pct(r.young),
                str(r.young_total),
                _pct(r.mature),
                str(r.mature_total),
            )

        row("all", f.retention, "bold")
        for name, r in f.retention_by_deck.items():
            row(f"deck {name}", r)
        for name, r in f.retention_by_tag.items():
            row(f"#{name}", r, "dim")

    def _problems(self, f: Stats) -> None:
        g = f.goals
        mix = goal_mix(g.solves, g.medium_share, g.hard_share)
        n, median, target = f.median
        by = " · ".join(f"{d} {f.solved_of(d)}/{mix[d]}" for d in DIFFICULTIES)
        per_solve = "—" if f.attempts_per_solve is None else f"{f.attempts_per_solve:g}"
        self.query_one("#problems-summary", Static).update(
            f"Solved {f.solved_total}/{g.solves} ({by}) · {per_solve} attempts a solve\n"
            f"Median solve {_min(median)} min over {n} (target {_min(target)}, "
            f"goal ≤ {g.median_solve_minutes:g})"
        )
        weakest = self.query_one("#weakest", Static)
        if f.weakest:
            first = f.weakest[0]
            nxt = f", next: {first.next_problem} (w)" if first.next_problem else ""
            others = ", ".join(w.pattern for w in f.weakest[1:])
            weakest.update(
                f"Weakest: {first.pattern} ({_pct(first.first_try_rate)} first try{nxt})"
                + (f"; then {others}" if others else "")
            )
        else:
            weakest.update("Weakest: nothing tried yet")
        table = self.query_one("#patterns", DataTable)
        table.clear(columns=True)
        for label, width in (
            ("pattern", 18),
            ("tries", 5),
            ("1st try", 7),
            ("solves", 6),
            ("median", 6),
            ("target", 6),
        ):
            table.add_column(label, width=width)
        for p in f.patterns:
            table.add_row(
                p.pattern,
                str(p.attempts),
                _pct(p.first_try_rate),
                str(p.solves),
                _min(p.median_minutes),
                _min(p.median_target),
            )
        self.query_one("#weeks", BarChart).show(
            "Median solve minutes by week, against the target",
            [w.label[-3:] for w in f.weeks],
            [w.median_minutes or 0.0 for w in f.weeks],
            [w.median_target or 0.0 for w in f.weeks],
            ("median", "target"),
        )

    def _contests(self, f: Stats) -> None:
        chart = self.query_one("#contests", BarChart)
        if not f.contests:
            chart.display = False  # nothing to plot until the first contest
            return
        chart.display = True
        chart.show(
            "Contest scores (`drill contest`), against the points possible",
            [f"{c.started:%m-%d}" for c in f.contests],
            [float(c.score) for c in f.contests],
            [float(c.possible) for c in f.contests],
            ("score", "possible"),
        )

    def _oops(self, f: Stats) -> None:
        table = self.query_one("#oops", DataTable)
        table.clear(columns=True)
        for label, width in (("kind", 14), ("open", 5), ("resolved", 8)):
            table.add_column(label, width=width)
        for k in f.oops:
            table.add_row(CATEGORIES.get(k.category, k.category), str(k.open), str(k.resolved))

    def action_weakest(self) -> None:
        f = self.figures
        slug = next((w.next_problem for w in f.weakest if w.next_problem), None) if f else None
        if slug is None:
            self.notify("No pattern tried yet: pick a problem first (p on Home).")
            return
        self.drill_app.open_solve(slug)

    def action_next_deck(self) -> None:
        order: list[str | None] = [None, *self.decks]
        self.deck = order[(order.index(self.deck) + 1) % len(order)] if self.deck in order else None
        self.load()

    def action_back(self) -> None:
        self.drill_app.back()
