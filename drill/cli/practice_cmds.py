"""`drill problems` (list, --stats, check) and `drill solve` (a timed session in the terminal)."""

from __future__ import annotations

import json
import os
import queue
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from drill.cli.base import AppContext, pass_ctx
from drill.cli.judge_cmds import problems_check

if TYPE_CHECKING:
    from drill.core.problems import ProblemMeta


def known_problems(ctx: AppContext, warn: bool = True) -> list[ProblemMeta]:
    """Every problem drill can find; a broken user module is named on stderr, not fatal."""
    from drill.problembank import discover

    metas, errors = discover(ctx.settings.problem_dirs())
    if warn:
        for err in errors:
            click.echo(f"drill: warning: {err}", err=True)
    return metas


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


@click.group(invoke_without_command=True)
@click.option("--category", help="Only this category (e.g. sliding-window).")
@click.option("--pattern", help="Only problems tagged with this pattern (e.g. two-heaps).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--status", type=click.Choice(["new", "solved", "failed", "open"]))
@click.option("--due", "due_only", is_flag=True, help="Only problems due to be re-solved.")
@click.option("--stats", is_flag=True, help="Counts by category, pattern and difficulty.")
@click.option("--plan", is_flag=True, help="The plan's problems week by week (weeks 5-12).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--problems",
    "problem_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Also look for problem modules in this folder (repeatable).",
)
@click.pass_context
def problems(
    click_ctx: click.Context,
    category: str | None,
    pattern: str | None,
    difficulty: str | None,
    status: str | None,
    due_only: bool,
    stats: bool,
    plan: bool,
    as_json: bool,
    problem_dirs: tuple[str, ...],
) -> None:
    """List problems: status (new, solved, failed), best time, attempts, next re-solve date."""
    if click_ctx.invoked_subcommand is not None:
        return
    ctx = click_ctx.find_object(AppContext)
    assert ctx is not None
    if problem_dirs:
        ctx.problems = tuple(Path(d) for d in problem_dirs)
    from drill.config import now
    from drill.core.problems import CATEGORIES
    from drill.errors import DrillError
    from drill.practice import bank_stats, list_problems, plan_weeks

    if category and category not in CATEGORIES:
        raise DrillError(f"unknown category {category!r}; use one of: {', '.join(CATEGORIES)}")
    metas = known_problems(ctx)
    if stats:
        counts = bank_stats(metas)
        if as_json:
            click.echo(json.dumps(counts, indent=2))
            return
        click.echo(f"{counts['total']['problems']} problems")
        for group in ("difficulty", "category", "pattern"):
            click.echo(f"\nby {group}:")
            for name, n in counts[group].items():
                click.echo(f"  {name:<24} {n:>4}")
        return
    rows = list_problems(
        ctx.store(),
        ctx.settings,
        now(),
        metas,
        category=category,
        pattern=pattern,
        difficulty=difficulty,
        status=status,
        due_only=due_only,
    )
    if plan:
        weeks = plan_weeks(rows)
        if as_json:
            out = [
                {"week": w.week, "title": w.title, "problems": [r.as_dict() for r in mine]}
                for w, mine in weeks
            ]
            click.echo(json.dumps(out, indent=2))
            return
        for w, mine in weeks:
            done = sum(r.status == "solved" for r in mine)
            click.echo(f"week {w.week}: {w.title} ({done}/{len(mine)} solved)")
            for r in mine:
                click.echo(f"  {r.slug:<40} {r.difficulty:<6} {r.status}")
        return
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    if not rows:
        click.echo("no problems match")
        return
    width = max(len(r.slug) for r in rows)
    click.echo(
        f"{'problem':<{width}}  {'category':<16} {'level':<6} {'status':<7} "
        f"{'best':>6} {'tries':>5}  next"
    )
    for r in rows:
        nxt = r.next_due.isoformat() if r.next_due else "-"
        click.echo(
            f"{r.slug:<{width}}  {r.category:<16} {r.difficulty:<6} {r.status:<7} "
            f"{_minutes(r.best_time_s):>6} {r.attempts:>5}  {nxt}"
        )


problems.add_command(problems_check)


def _editor_command(ctx: AppContext) -> list[str] | None:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or ctx.settings.editor
    return shlex.split(editor) if editor else None


def _open_editor(command: list[str], path: Path) -> None:
    try:
        subprocess.run([*command, str(path)], check=False)
    except OSError as err:
        click.echo(f"drill: cannot start the editor {command[0]!r}: {err.strerror}", err=True)


def _statement(meta: ProblemMeta) -> str:
    from drill.render import unicode_math

    return unicode_math(meta.statement)


def _highlight(code: str) -> str:
    if not sys.stdout.isatty():
        return code
    from pygments import highlight
    from pygments.formatters import TerminalFormatter
    from pygments.lexers import PythonLexer

    return str(highlight(code, PythonLexer(), TerminalFormatter()))


@click.command()
@click.argument("problem")
@click.option("--plain", is_flag=True, help="Stay in the terminal (no TUI); commands on stdin.")
@click.option(
    "--problems",
    "problem_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Also look for problem modules in this folder (repeatable).",
)
@pass_ctx
def solve(ctx: AppContext, problem: str, plain: bool, problem_dirs: tuple[str, ...]) -> None:
    """A timed session: the statement, a starter file, a verdict on every save.

    Type `g` + Enter to give up (shows the reference), `e` to reopen the editor, `q` to stop.
    """
    from drill.problembank import find_problem

    if problem_dirs:
        ctx.problems = tuple(Path(d) for d in problem_dirs)
    meta = find_problem(problem, ctx.settings.problem_dirs())
    if not plain and sys.stdin.isatty() and sys.stdout.isatty():
        try:
            from drill.cli.tui_cmds import open_tui
        except ModuleNotFoundError:
            pass
        else:
            open_tui(ctx, screen="solve", problem=str(meta.path))
            return
    sys.exit(plain_solve(ctx, meta))


def _watch(path: Path, events: queue.Queue[tuple[str, str]], stop: threading.Event) -> None:
    from watchfiles import watch

    try:
        for changes in watch(path.parent, stop_event=stop, debounce=150, raise_interrupt=False):
            if any(Path(p).name == path.name for _, p in changes):
                events.put(("change", ""))
    except Exception as err:  # a watcher failure must not end the session: polling still works
        events.put(("warn", f"file watching stopped ({err}); drill still checks every second"))


def _read_stdin(events: queue.Queue[tuple[str, str]]) -> None:
    for line in sys.stdin:
        events.put(("cmd", line.strip().lower()))
    events.put(("cmd", "eof"))


def plain_solve(ctx: AppContext, meta: ProblemMeta) -> int:
    """The terminal practice loop; returns the exit code (0 accepted or gave up, 1 left open)."""
    from drill.config import now
    from drill.judge.runner import judge
    from drill.oops import add_insight
    from drill.practice import give_up, record_run, start_attempt
    from drill.problembank import reference_source, starter_code

    store, settings = ctx.store(), ctx.settings
    starter = starter_code(meta)
    attempt = start_attempt(store, settings, meta, starter, now())
    path = attempt.solution_path
    if attempt.resumed:
        print(
            f"resumed your open attempt (started {attempt.started_at:%Y-%m-%d %H:%M} UTC); "
            f"{path} is as you left it",
            flush=True,
        )
    clock = time.monotonic()

    def say(text: str = "") -> None:
        print(text, flush=True)

    def stamp() -> str:
        return _minutes(time.monotonic() - clock)

    say(_statement(meta))
    say()
    tags = f" · {', '.join(meta.patterns)}" if settings.practice.show_patterns else ""
    say(f"target {meta.target_minutes} min · {meta.difficulty}{tags}")
    say(f"your file: {path}")
    say("save it to be judged · g + Enter gives up · e reopens the editor · q stops")
    events: queue.Queue[tuple[str, str]] = queue.Queue()
    stop = threading.Event()
    threading.Thread(target=_watch, args=(path, events, stop), daemon=True).start()
    threading.Thread(target=_read_stdin, args=(events,), daemon=True).start()
    editor = _editor_command(ctx)
    if editor:
        _open_editor(editor, path)
        events.put(("change", ""))
    judged = starter
    try:
        while True:
            try:
                kind, value = events.get(timeout=1.0)
            except queue.Empty:
                kind, value = "change", ""  # a missed event (or a slow watcher) costs 1 s at most
            if kind == "warn":
                say(f"drill: {value}")
                continue
            if kind == "cmd":
                if value == "g":
                    code = path.read_text(encoding="utf-8", errors="replace")
                    outcome = give_up(store, settings, attempt.id, code, now())
                    say(f"[{stamp()}] gave up; it comes back on {outcome.next_due}. The reference:")
                    say(_highlight(reference_source(meta)))
                    return 0
                if value == "e" and editor:
                    _open_editor(editor, path)
                    events.put(("change", ""))
                elif value in ("q", "eof"):
                    say(f"[{stamp()}] stopped; the attempt stays open until you solve or give up")
                    return 1
                continue
            try:
                code = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if code == judged:
                continue
            judged = code
            say(f"[{stamp()}] judging...")
            result = judge(
                meta,
                path,
                settings.home,
                max_examples=settings.judge_examples,
                limits=settings.judge_limits(),
                seed=attempt.seed,
            )
            run = record_run(store, settings, attempt.id, result.to_json(), code, now())
            say(f"[{stamp()}] {result.report()}")
            if run.oops_id is not None:
                say(f"         (added to the Oops List as #{run.oops_id})")
            if run.finished:
                say(
                    f"accepted in {stamp()} after {run.attempt.runs} run(s); grade {run.grade}, "
                    f"next re-solve {run.next_due}"
                )
                mistakes = run.attempt.failed_runs and _open_oops(store, meta.slug)
                if mistakes:
                    say(
                        f"{mistakes} open Oops entr{'y' if mistakes == 1 else 'ies'} for this "
                        f"problem: `drill oops resolve --problem {meta.slug}` once learnt"
                    )
                insight = _ask_insight()
                if insight:
                    card = add_insight(
                        store, settings, meta.slug, meta.title, insight, meta.patterns
                    )
                    say(f"saved your insight as card {card} in the Insights deck")
                return 0
    finally:
        stop.set()


def _open_oops(store: Any, slug: str) -> int:
    from drill.oops import list_oops

    return len(list_oops(store, problem=slug))


def _ask_insight() -> str:
    if not sys.stdin.isatty():
        return ""
    try:
        return input("key insight, in one line (Enter to skip): ").strip()
    except EOFError:
        return ""


def register(cli: click.Group) -> None:
    cli.add_command(problems)
    cli.add_command(solve)
