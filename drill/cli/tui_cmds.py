"""Open the TUI from the command line: `drill`, `drill review`, `drill solve P`, `drill tui`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from drill.cli.base import AppContext, pass_ctx
from drill.errors import DrillError

if TYPE_CHECKING:
    from drill.review import Scope


def open_tui(
    ctx: AppContext,
    screen: str = "home",
    scope: Scope | None = None,
    minutes: int | None = None,
    problem: str | None = None,
    language: str = "python",
    timed: dict[str, object] | None = None,
) -> None:
    """Run the app on `screen` (over Home); returns when the user quits."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise DrillError(
            "the drill TUI needs a terminal; use the plain commands instead "
            "(`drill review --plain`, `drill solve P --plain`, `drill --help`)"
        )
    from drill.tui.app import DrillApp
    from drill.tui.context import Deps

    deps = Deps(settings=ctx.settings, store=ctx.store(sync=False))
    app = DrillApp(
        deps,
        start=screen,
        scope=scope,
        minutes=minutes,
        problem=problem,
        language=language,
        timed=timed,
    )
    app.run()


@click.command()
@click.option(
    "--screen",
    type=click.Choice(["home", "review", "browse", "problems", "oops", "stats", "recap"]),
    default="home",
    help="The screen to open first.",
)
@pass_ctx
def tui(ctx: AppContext, screen: str) -> None:
    """Open the TUI (the same as `drill` with no arguments)."""
    open_tui(ctx, screen=screen)


def register(cli: click.Group) -> None:
    cli.add_command(tui)
