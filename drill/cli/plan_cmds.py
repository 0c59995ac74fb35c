"""`drill today` (today's work from the study plan) and `drill log` (the daily learning log)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from drill.cli.base import AppContext, pass_ctx

if TYPE_CHECKING:
    from collections.abc import Callable

    from drill.plan import TodayPlan


def _text(plan: TodayPlan) -> str:
    head = f"{plan.day:%A} {plan.day.day} {plan.day:%B %Y}"
    if plan.slot is not None and plan.plan_week is not None:
        followed = plan.plan_week
        head += f" · plan week {plan.week}"
        head += "" if followed.week == plan.week else f" → week {followed.week}"
        head += f": {followed.title}"
        lines = [head, f"{plan.slot.day.title()}: {plan.slot.title}"]
    else:
        lines = [head]
    if plan.note:
        lines.append(f"({plan.note})")
    width = max(len(item.text) for item in plan.items)
    for item in plan.items:
        command = f"  {item.command}" if item.command else ""
        lines.append(f"  {item.kind:<9} {item.text:<{width}}{command}".rstrip())
    if plan.routine is not None:
        r = plan.routine
        lines.append(
            f"routine: {r.review} min review · {r.coding} min coding · {r.reflection} min "
            f"reflection · this week {plan.solved_this_week}/{plan.weekly_solves} solved"
        )
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Today's work as JSON.")
@click.option(
    "--init-plan",
    is_flag=True,
    help="Copy the shipped plan to DRILL_HOME/plan.toml to edit it (that copy wins).",
)
@pass_ctx
def today(ctx: AppContext, as_json: bool, init_plan: bool) -> None:
    """Today's work from the study plan: the due reviews, then the problems of today's slot
    of the weekly rhythm, each with the command that starts it."""
    from drill.cli.practice_cmds import known_problems
    from drill.config import now
    from drill.plan import today_plan
    from drill.planfile import init_plan as copy_plan

    if init_plan:
        path = copy_plan(ctx.settings)
        click.echo(f"copied the plan to {path}; edit it there (drill reads that copy from now on)")
        if ctx.settings.plan.start is None:
            click.echo("set `[plan] start = YYYY-MM-DD` in config.toml: the day week 1 starts")
        return
    work = today_plan(ctx.store(), ctx.settings, now(), known_problems(ctx))
    if as_json:
        click.echo(json.dumps(work.as_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(_text(work))


@click.group(invoke_without_command=True)
@click.option(
    "--week",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[YYYY-Www]",
    help="Only one ISO week's entries (--week alone: this week).",
)
@click.option("--json", "as_json", is_flag=True, help="The entries as JSON.")
@click.pass_context
def log(click_ctx: click.Context, week: str | None, as_json: bool) -> None:
    """The daily learning log: what you learnt, a line a session; `drill log add TEXT` adds one."""
    if click_ctx.invoked_subcommand is not None:
        return
    ctx = click_ctx.find_object(AppContext)
    assert ctx is not None
    from drill.config import now
    from drill.learning_log import entries, week_label

    instant = now()
    label = None if week is None else week_label(ctx.settings, instant, week)
    found = entries(ctx.store(), ctx.settings, instant, week=label)
    if as_json:
        click.echo(json.dumps([e.as_dict() for e in found], indent=2, ensure_ascii=False))
        return
    if not found:
        where = f" in {label}" if label else ""
        click.echo(f'no log entries{where} yet; `drill log add "what I learnt"` adds one')
        return
    for e in found:
        click.echo(f"{e.day.isoformat()}  {e.source:<8} {e.text}")


@log.command("add")
@click.argument("text", nargs=-1, required=True)
@pass_ctx
def log_add(ctx: AppContext, text: tuple[str, ...]) -> None:
    """Add one line to today's learning log."""
    from drill.config import now
    from drill.learning_log import add_entry

    entry = add_entry(ctx.store(), ctx.settings, " ".join(text), source="hand", instant=now())
    click.echo(f"logged #{entry}")


def ask_learning(ctx: AppContext, source: str, read: Callable[[], str | None]) -> int | None:
    """Keep the one optional line "what did I learn" that `read` asks for after a session
    (None at the end of input); returns the entry's id, or None when the line was empty."""
    return keep_learning(ctx, source, read())


def keep_learning(ctx: AppContext, source: str, line: str | None) -> int | None:
    """Store a line of the learning log, unless it is empty (a skipped question)."""
    from drill.config import now
    from drill.learning_log import add_entry

    text = (line or "").strip()
    if not text:
        return None
    entry = add_entry(ctx.store(), ctx.settings, text, source=source, instant=now())
    print("kept in the learning log (`drill log` lists it)", flush=True)
    return entry


def register(cli: click.Group) -> None:
    cli.add_command(today)
    cli.add_command(log)
