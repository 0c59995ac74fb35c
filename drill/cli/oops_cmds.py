"""`drill oops`: list, add, resolve, export and turn mistakes into cards."""

from __future__ import annotations

import json
from pathlib import Path

import click

from drill.cli.base import AppContext, pass_ctx

CATEGORY_HELP = "off-by-one, edge case, wrong pattern, complexity, misread, syntax/API, other"


@click.group(invoke_without_command=True)
@click.pass_context
def oops(ctx: click.Context) -> None:
    """The Oops List: mistakes from the judge and by hand."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_cmd)


@oops.command("list")
@click.option("--all", "include_resolved", is_flag=True, help="Include resolved entries.")
@click.option("--category", help=f"Only this category ({CATEGORY_HELP}).")
@click.option("--problem", help="Only entries about this problem.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@pass_ctx
def list_cmd(
    ctx: AppContext,
    include_resolved: bool,
    category: str | None,
    problem: str | None,
    as_json: bool,
) -> None:
    """Show open Oops entries (newest last)."""
    from drill.oops import list_oops

    entries = list_oops(ctx.store(), include_resolved, category, problem)
    if as_json:
        click.echo(json.dumps([e.as_dict() for e in entries], indent=2))
        return
    if not entries:
        click.echo(
            "The Oops List is empty. Mistakes from `drill solve` land here; "
            "add your own with `drill oops add TEXT`."
        )
        return
    for e in entries:
        mark = "✓" if e.resolved_at else " "
        where = f" [{e.problem}]" if e.problem else ""
        click.echo(f"{mark} #{e.id:<4} {e.category_name:<13}{where} {e.text}")


@oops.command("add")
@click.argument("text")
@click.option("--problem", help="The problem this mistake was made on.")
@click.option("--category", default="other", show_default=True, help=CATEGORY_HELP)
@pass_ctx
def add_cmd(ctx: AppContext, text: str, problem: str | None, category: str) -> None:
    """Write a mistake down by hand."""
    from drill.config import now
    from drill.oops import add

    if problem:
        _ensure_problems(ctx)
    entry = add(ctx.store(), now(), text, category, problem)
    click.echo(f"added Oops #{entry.id} ({entry.category_name})")


def _ensure_problems(ctx: AppContext) -> None:
    try:
        from drill.cli.practice_cmds import known_problems
    except ModuleNotFoundError:  # pragma: no cover - practice ships with drill
        return
    from drill.practice import sync_problems

    sync_problems(ctx.store(), known_problems(ctx))


@oops.command("resolve")
@click.argument("oops_id", type=click.IntRange(1, 2**63 - 1), required=False)
@click.option("--problem", help="Resolve every open entry of this problem.")
@pass_ctx
def resolve_cmd(ctx: AppContext, oops_id: int | None, problem: str | None) -> None:
    """Mark an entry (or, with --problem, all of a problem's) as dealt with."""
    from drill.config import now
    from drill.oops import resolve, resolve_problem

    if (oops_id is None) == (problem is None):
        raise click.UsageError("give an entry's number or --problem PROBLEM")
    if problem is not None:
        _ensure_problems(ctx)
        n = resolve_problem(ctx.store(), problem, now())
        click.echo(f"resolved {n} Oops entr{'y' if n == 1 else 'ies'} of {problem}")
        return
    assert oops_id is not None
    entry = resolve(ctx.store(), oops_id, now())
    click.echo(f"resolved Oops #{entry.id}")


@oops.command("export")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The Markdown file to write.",
)
@click.option("--all", "include_resolved", is_flag=True, help="Include resolved entries.")
@pass_ctx
def export_cmd(ctx: AppContext, out: Path, include_resolved: bool) -> None:
    """Write the Oops List as Markdown, grouped by category, then pattern."""
    from drill.errors import DrillError
    from drill.oops import export_markdown

    text = export_markdown(ctx.store(), include_resolved)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as err:
        raise DrillError(f"cannot write {out}: {err.strerror}") from None
    click.echo(f"wrote {out}")


@oops.command("card")
@click.argument("oops_id", type=click.IntRange(1, 2**63 - 1))
@click.option("--question", help="The card's front (default: made from the entry).")
@click.option("--answer", help="The card's back (default: the entry's text).")
@pass_ctx
def card_cmd(ctx: AppContext, oops_id: int, question: str | None, answer: str | None) -> None:
    """Turn an entry into a card in your "Oops" deck (DRILL_HOME/decks/oops.md)."""
    from drill.oops import to_card

    card_id = to_card(ctx.store(), ctx.settings, oops_id, question, answer)
    click.echo(f"added card {card_id} to {ctx.settings.user_decks / 'oops.md'}")


def register(cli: click.Group) -> None:
    cli.add_command(oops)
