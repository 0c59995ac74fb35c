"""The `drill` command line: no arguments opens the TUI; each job also has a plain command."""

from __future__ import annotations

import sys

import click

from drill.cli.base import DrillGroup, pass_ctx  # noqa: F401  (re-exported for command modules)


@click.group(
    cls=DrillGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar="DRILL_HOME",
    help="Where drill keeps its data (default: the platform's user data folder).",
)
@click.version_option(package_name="drill", prog_name="drill")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """drill: review cards, practise problems, export to Anki, keep an Oops List."""
    from drill.cli.base import AppContext

    ctx.obj = AppContext(home=home)
    if ctx.invoked_subcommand is None:
        from drill.cli.tui_cmds import open_tui

        open_tui(ctx.obj, screen="home")


def _register() -> None:
    from drill.cli import (
        anki_cmds,
        judge_cmds,
        oops_cmds,
        plan_cmds,
        practice_cmds,
        progress_cmds,
        review_cmds,
        timed_cmds,
        tui_cmds,
    )

    for module in (
        review_cmds,
        practice_cmds,
        judge_cmds,
        oops_cmds,
        anki_cmds,
        progress_cmds,
        timed_cmds,
        plan_cmds,
        tui_cmds,
    ):
        module.register(cli)


_register()


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `drill` script."""
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="drill")
