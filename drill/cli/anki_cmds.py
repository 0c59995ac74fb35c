"""Commands for Anki interop: export decks to an .apkg, import an .apkg as a deck."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from drill.cli.base import AppContext, pass_ctx

PROGRESS_MIN_NOTES = 500
"""Below this many notes an export takes well under a second: no bar."""


def _progress_bar(enabled: bool) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A (callback, close) pair drawing a bar on stderr for large exports on a terminal."""
    state: dict[str, Any] = {"bar": None, "done": 0}

    def update(done: int, total: int) -> None:
        if not enabled or total < PROGRESS_MIN_NOTES:
            return
        if state["bar"] is None:
            bar: Any = click.progressbar(
                length=total, label="exporting notes", file=sys.stderr, show_pos=True
            )
            bar.__enter__()
            state["bar"] = bar
        state["bar"].update(done - state["done"])
        state["done"] = done

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)

    return update, close


@click.command("export")
@click.option(
    "--deck",
    "deck_names",
    multiple=True,
    metavar="NAME",
    help="Only this deck (repeatable; default: every deck).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="The package to write (default: drill-<date>.apkg in the current folder).",
)
@click.option(
    "--with-scheduling",
    is_flag=True,
    help="Carry each card's SM-2 state and review history, to continue in Anki.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@pass_ctx
def export_cmd(
    ctx: AppContext,
    deck_names: tuple[str, ...],
    out: str | None,
    with_scheduling: bool,
    as_json: bool,
) -> None:
    """Write decks as one Anki package, each deck a subdeck of `drill`."""
    if out is not None and not out.strip():
        raise click.BadParameter(
            "name the file to write, e.g. --out decks.apkg", param_hint="--out"
        )
    from drill.anki.export import export_package
    from drill.config import now
    from drill.library import ensure_synced
    from drill.review import today

    store, settings = ctx.store(), ctx.settings
    _report, warning = ensure_synced(store, settings)
    if warning:
        click.echo(f"drill: warning: {warning}", err=True)
    instant = now()
    path = Path(out) if out else Path.cwd() / f"drill-{today(settings, instant).isoformat()}.apkg"
    if path.suffix.lower() != ".apkg":
        path = path.with_name(path.name + ".apkg")
    update, close = _progress_bar(sys.stderr.isatty() and not as_json)
    try:
        report = export_package(
            store,
            settings,
            path.resolve(),
            deck_names,
            with_scheduling=with_scheduling,
            instant=instant,
            progress=update,
        )
    finally:
        close()
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(report.line())


@click.command("import")
@click.argument("package", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--deck",
    "deck_name",
    default=None,
    metavar="NAME",
    help="The drill deck to import into (default: the package's deck name).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@pass_ctx
def import_cmd(ctx: AppContext, package: str, deck_name: str | None, as_json: bool) -> None:
    """Import an Anki package (.apkg) as a deck file in DRILL_HOME/decks, then sync it."""
    from drill.anki.importer import import_package
    from drill.config import now

    report = import_package(ctx.store(), ctx.settings, Path(package), deck_name, instant=now())
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(report.line())


def register(cli: click.Group) -> None:
    for command in (export_cmd, import_cmd):
        cli.add_command(command)
