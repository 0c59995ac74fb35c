"""Commands for the local judge: `drill judge`, `drill doctor`, and `drill problems check`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from drill.cli.base import AppContext, pass_ctx

_PROBLEMS_OPTION = click.option(
    "--problems",
    "problem_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Also look for problem modules in this folder (repeatable).",
)


def _with_problem_dirs(ctx: AppContext, problem_dirs: tuple[str, ...]) -> list[Path]:
    if problem_dirs:
        ctx.problems = tuple(Path(d) for d in problem_dirs)
    return ctx.settings.problem_dirs()


@click.command()
@click.argument("problem")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.option(
    "--examples",
    "max_examples",
    type=click.IntRange(1, 10_000),
    default=None,
    help="How many generated inputs to try (default 150).",
)
@click.option("--no-growth", is_flag=True, help="Skip the growth (too_slow) check.")
@click.option(
    "--seed",
    type=click.IntRange(0, 2**32 - 1),
    default=None,
    help="Repeat the generated inputs of an earlier run (its --json shows the seed); "
    "default: new inputs each run.",
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(["python", "cpp"]),
    default=None,
    help="The solution's language (default: from FILE's extension: .cpp, .cc, .cxx are C++).",
)
@click.option(
    "--sanitize",
    is_flag=True,
    help="C++: build with -fsanitize=address,undefined (a report becomes runtime_error).",
)
@_PROBLEMS_OPTION
@pass_ctx
def judge(
    ctx: AppContext,
    problem: str,
    file: str,
    as_json: bool,
    max_examples: int | None,
    no_growth: bool,
    seed: int | None,
    language: str | None,
    sanitize: bool,
    problem_dirs: tuple[str, ...],
) -> None:
    """Judge FILE against PROBLEM (a slug or a module path), in Python or C++.

    Exit 0 when accepted, 1 for any other verdict, 2 for a usage or problem-module error.
    """
    from drill.errors import DrillError
    from drill.judge.runner import judge as run_judge
    from drill.problembank import find_problem

    dirs = _with_problem_dirs(ctx, problem_dirs)
    meta = find_problem(problem, dirs)
    if not Path(file).is_file():
        raise DrillError(f"{file}: no such file; pass the path of your solution")
    from drill.core.cpp import Unmappable

    settings = ctx.settings
    try:
        result = run_judge(
            meta,
            Path(file),
            settings.home,
            max_examples=max_examples or settings.judge_examples,
            growth=not no_growth,
            limits=settings.judge_limits(),
            seed=seed if seed is not None else int.from_bytes(os.urandom(4), "little"),
            language=language,
            sanitize=sanitize,
        )
    except Unmappable as exc:
        raise DrillError(f"{meta.slug} has no C++ version: {exc}") from None
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2))
    else:
        click.echo(result.report())
    sys.exit(0 if result.accepted else 1)


@click.command()
@pass_ctx
def doctor(ctx: AppContext) -> None:
    """Show where drill keeps its data and which judge protections work on this machine."""
    from drill.judge.sandbox import probe

    prot = probe()
    click.echo(f"python      {sys.executable} ({sys.version.split()[0]})")
    click.echo(f"home        {ctx.settings.home}")
    click.echo("judge sandbox:")
    for name, active, how in prot.describe():
        mark = "ok " if active else "off"
        click.echo(f"  [{mark}] {name:<26} {how}")
    count = len([row for row in prot.describe() if row[1]])
    click.echo(f"{count}/{len(prot.describe())} protections active")
    from drill.judge.runner import verify_isolation

    ctx.settings.home.mkdir(parents=True, exist_ok=True)
    from drill.judge.cpp import INSTALL_HINT, compiler_version

    cxx = compiler_version()
    click.echo(f"C++         {cxx}" if cxx else f"C++         {INSTALL_HINT}")
    held, how = verify_isolation(ctx.settings.home)
    if held:
        click.echo(f"checked: a probe solution could not list {ctx.settings.home} ({how})")
    else:
        click.echo(f"checked: a probe solution COULD list {ctx.settings.home} ({how})")


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@_PROBLEMS_OPTION
@pass_ctx
def problems_check(ctx: AppContext, paths: tuple[str, ...], problem_dirs: tuple[str, ...]) -> None:
    """Validate problem modules (default: every shipped and user problem).

    Each error names the module, the line and what to fix; exit 2 if any, else 0.
    """
    from drill.problembank import check_modules, module_paths

    if paths:
        modules = module_paths([Path(p) for p in paths])
    else:
        modules = module_paths(_with_problem_dirs(ctx, problem_dirs))
    if not modules:
        click.echo("drill: no problem modules found", err=True)
        sys.exit(2)
    errors = check_modules(modules)
    for err in errors:
        click.echo(str(err), err=True)
    bad = len({e.path for e in errors})
    if errors:
        click.echo(f"{len(modules)} problem modules checked: {bad} with {len(errors)} error(s)")
        sys.exit(2)
    click.echo(f"{len(modules)} problem modules checked: all OK")


def register(cli: click.Group) -> None:
    """Add `judge` and `doctor` (the lead attaches `problems_check` under `problems`)."""
    cli.add_command(judge)
    cli.add_command(doctor)
