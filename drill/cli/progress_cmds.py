"""Progress commands: `drill stats` (every figure of the Stats screen) and `drill recap`."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from drill.cli.base import AppContext, pass_ctx

if TYPE_CHECKING:
    from drill.stats import Retention, Stats, WeeklyRecap


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _retention(r: Retention) -> str:
    return f"young {_pct(r.young)} ({r.young_total}) · mature {_pct(r.mature)} ({r.mature_total})"


def _forecast_chart(stats: Stats) -> str:
    """The 30-day forecast as a plotext bar chart (plotext is only loaded for this)."""
    import plotext as plt

    plt.clear_figure()
    plt.plotsize(78, 12)
    plt.theme("clear")
    plt.bar([f"{d:%d}" for d, _ in stats.forecast], [n for _, n in stats.forecast])
    plt.title("Due reviews, next 30 days")
    return str(plt.build())


def _text(stats: Stats) -> str:
    g = stats.goals
    s = stats.streaks
    c = stats.cards
    n, median, target = stats.median
    lines = [
        f"drill stats · {stats.day:%A %d %B %Y}" + (f" · deck {stats.deck}" if stats.deck else ""),
        "",
        f"streak     {s.current} days (longest {s.longest}, goal {g.streak_days})"
        + ("" if s.studied_today else " · not studied yet today"),
        f"studied    {stats.days_studied} of the last 365 days",
        f"cards      {c.new} new · {c.young} young · {c.mature} mature (goal {g.mature_cards})"
        f" · {c.suspended} suspended",
        f"retention  {_retention(stats.retention)}  (last 30 days)",
    ]
    for name, r in stats.retention_by_deck.items():
        lines.append(f"  {name:<22} {_retention(r)}")
    if stats.retention_by_tag:
        lines.append("by tag")
        for name, r in stats.retention_by_tag.items():
            lines.append(f"  {name:<22} {_retention(r)}")
    lines += [
        "",
        f"solved     {stats.solved_total}/{g.solves}: "
        + " · ".join(f"{name} {stats.solved_of(name)}" for name in ("easy", "medium", "hard")),
        "attempts   "
        + ("—" if stats.attempts_per_solve is None else f"{stats.attempts_per_solve:g}")
        + " per solve",
        "median     "
        + ("—" if median is None else f"{median:.1f} min over {n} solves (target {target:.0f})")
        + f", goal ≤ {g.median_solve_minutes:g}",
    ]
    if stats.weakest:
        lines.append(
            "weakest    "
            + ", ".join(
                f"{w.pattern} ({_pct(w.first_try_rate)} first try"
                + (f", next: {w.next_problem}" if w.next_problem else "")
                + ")"
                for w in stats.weakest
            )
        )
    if stats.oops:
        lines.append(
            "oops       "
            + ", ".join(f"{k.category} {k.open} open/{k.resolved} resolved" for k in stats.oops)
        )
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON.")
@click.option("--deck", default=None, metavar="NAME", help="Card figures of one deck only.")
@pass_ctx
def stats(ctx: AppContext, as_json: bool, deck: str | None) -> None:
    """Progress: review heatmap, streaks, retention, forecast, problems solved, Oops."""
    from drill.config import now
    from drill.stats import progress_stats

    figures = progress_stats(ctx.store(), ctx.settings, now(), deck)
    if as_json:
        click.echo(json.dumps(figures.as_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(_text(figures))
    if sys.stdout.isatty():
        click.echo(_forecast_chart(figures))


def _ask(recap: WeeklyRecap) -> tuple[str | None, bool | None, bool | None, float | None]:
    click.echo(f"A few things drill can't know about {recap.week} (Enter skips one):")
    win = click.prompt("One-line win", default="", show_default=False).strip() or None

    def yes_no(question: str) -> bool | None:
        raw = click.prompt(f"{question} [y/n]", default="", show_default=False).strip().lower()
        return None if not raw else raw.startswith("y")

    notebook = yes_no("ML notebook done?")
    mock = True if recap.timed.get("mock") else yes_no("Mock interview done?")
    raw = click.prompt("Contest percentile (0-100)", default="", show_default=False).strip()
    percentile: float | None = None
    if raw:
        try:
            percentile = float(raw.rstrip("%"))
        except ValueError:
            click.echo(f"drill: {raw!r} is not a number; percentile left out", err=True)
    return win, notebook, mock, percentile


@click.command()
@click.option("--week", default=None, metavar="YYYY-Www", help="The ISO week (default: last week).")
@click.option("--markdown", is_flag=True, help="Markdown to paste into your notes.")
@click.option("--json", "as_json", is_flag=True, help="Every field as JSON.")
@click.option("--win", default=None, help="The week's one-line win (else asked once).")
@click.option("--notebook/--no-notebook", default=None, help="The ML notebook was done.")
@click.option("--mock/--no-mock", default=None, help="A mock interview was done.")
@click.option("--percentile", type=float, default=None, help="A contest percentile, 0-100.")
@pass_ctx
def recap(
    ctx: AppContext,
    week: str | None,
    markdown: bool,
    as_json: bool,
    win: str | None,
    notebook: bool | None,
    mock: bool | None,
    percentile: float | None,
) -> None:
    """The weekly recap from your data, with what drill can't know asked once and kept."""
    from drill.config import now
    from drill.stats import recap_week, save_recap_answers, weekly_recap

    store, settings, instant = ctx.store(), ctx.settings, now()
    label = recap_week(settings, instant, week)
    summary = weekly_recap(store, settings, instant, label)
    given = any(v is not None for v in (win, notebook, mock, percentile))
    answers = None
    if given:
        old = summary.answers
        answers = (
            win if win is not None else (old.win if old else None),
            notebook if notebook is not None else (old.notebook if old else None),
            mock if mock is not None else (old.mock if old else None),
            percentile if percentile is not None else (old.percentile if old else None),
        )
    elif summary.answers is None and sys.stdin.isatty() and not as_json:
        answers = _ask(summary)
    if answers is not None:
        save_recap_answers(store, instant, label, *answers)
        summary = weekly_recap(store, settings, instant, label)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(summary.markdown(), nl=False)
    else:
        click.echo(summary.markdown().replace("## ", "", 1).replace("- ", "  ", -1), nl=False)


def register(cli: click.Group) -> None:
    cli.add_command(stats)
    cli.add_command(recap)
