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
from typing import TYPE_CHECKING

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
    "--cpp",
    "show_cpp",
    is_flag=True,
    help="Add a column: whether the problem can be solved in C++ (and why not).",
)
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
    show_cpp: bool,
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
        from drill.planfile import load_plan

        weeks = plan_weeks(rows, load_plan(ctx.settings, metas))  # the user's copy wins
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
    cpp = _cpp_forms(metas) if show_cpp else {}
    if as_json:
        out = [r.as_dict() for r in rows]
        if show_cpp:
            for row in out:
                row["cpp"] = cpp.get(str(row["problem"])) or "yes"
        click.echo(json.dumps(out, indent=2))
        return
    if not rows:
        click.echo("no problems match")
        return
    width = max(len(r.slug) for r in rows)
    header = (
        f"{'problem':<{width}}  {'category':<16} {'level':<6} {'status':<7} "
        f"{'best':>6} {'tries':>5}  {'next':<10}" + ("  C++" if show_cpp else "")
    )
    click.echo(header.rstrip())
    for r in rows:
        nxt = r.next_due.isoformat() if r.next_due else "-"
        tail = f"  {cpp.get(r.slug) or 'yes'}" if show_cpp else ""
        click.echo(
            f"{r.slug:<{width}}  {r.category:<16} {r.difficulty:<6} {r.status:<7} "
            f"{_minutes(r.best_time_s):>6} {r.attempts:>5}  {nxt:<10}{tail}".rstrip()
        )


def _cpp_forms(metas: list[ProblemMeta]) -> dict[str, str]:
    """Why a problem has no C++ form, by slug (problems that have one are left out)."""
    from drill.core.cpp import Unmappable
    from drill.problembank import ProblemError, cpp_plan

    why: dict[str, str] = {}
    for meta in metas:
        try:
            cpp_plan(meta)
        except (Unmappable, ProblemError) as exc:
            why[meta.slug] = f"no: {exc}"
    return why


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
    "--now", "start_now", is_flag=True, help="Start the timer at once, without the preview."
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(["python", "cpp"]),
    default="python",
    show_default=True,
    help="Solve in Python or in C++17 (g++; judged against the same reference).",
)
@click.option("--sanitize", is_flag=True, help="C++: build with AddressSanitizer and UBSan.")
@click.option(
    "--problems",
    "problem_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Also look for problem modules in this folder (repeatable).",
)
@pass_ctx
def solve(
    ctx: AppContext,
    problem: str,
    plain: bool,
    start_now: bool,
    language: str,
    sanitize: bool,
    problem_dirs: tuple[str, ...],
) -> None:
    """A timed session: the statement, a starter file, a verdict on every save.

    The statement comes first: Enter starts the timer (`--now` skips the wait). Then type `g` +
    Enter to give up (shows the reference), `e` to reopen the editor, `q` to stop.
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
            open_tui(ctx, screen="solve", problem=str(meta.path), language=language)
            return
    sys.exit(plain_solve(ctx, meta, start_now=start_now, language=language, sanitize=sanitize))


def _watch(path: Path, events: queue.Queue[tuple[str, str]], stop: threading.Event) -> None:
    from watchfiles import watch

    try:
        for changes in watch(path.parent, stop_event=stop, debounce=150, raise_interrupt=False):
            if any(Path(p).name == path.name for _, p in changes):
                events.put(("change", ""))
    except Exception as err:  # a watcher failure must not end the session: polling still works
        events.put(("warn", f"file watching stopped ({err}); drill still checks every second"))


def _read_stdin(events: queue.Queue[tuple[str, str]]) -> None:
    """Every line typed, as it was typed (commands are matched lowercased, an insight is kept
    as written); the one reader of stdin, so no line goes to anyone else."""
    for line in sys.stdin:
        events.put(("line", line.rstrip("\n")))
    events.put(("line", "\x04eof"))


EOF_LINE = "\x04eof"


def plain_solve(
    ctx: AppContext,
    meta: ProblemMeta,
    *,
    start_now: bool = False,
    language: str = "python",
    sanitize: bool = False,
) -> int:
    """The terminal practice loop; returns the exit code (0 accepted or gave up, 1 left open).

    The statement comes first; the timer starts on Enter (or at once with `start_now`, or when
    an attempt left open resumes)."""
    from drill.cli.plan_cmds import ask_learning, keep_learning
    from drill.config import now
    from drill.errors import DrillError
    from drill.judge.runner import Cancelled
    from drill.practice_session import PracticeSession

    store, settings = ctx.store(), ctx.settings
    session = PracticeSession(store, settings, meta, now, language=language, sanitize=sanitize)
    if language == "cpp" and not session.resumes:
        session.starter()  # no compiler, or no C++ form: one line before anything is timed

    def say(text: str = "") -> None:
        print(text, flush=True)

    events: queue.Queue[tuple[str, str]] = queue.Queue()
    threading.Thread(target=_read_stdin, args=(events,), daemon=True).start()

    def next_line(timeout: float | None = None) -> str | None:
        while True:
            try:
                kind, value = events.get(timeout=timeout)
            except queue.Empty:
                return None
            if kind == "line":
                return value
            events.put((kind, value))  # not a line: leave it for the loop
            return None

    def typed() -> str | None:
        """The next line typed, None at the end of input."""
        line = next_line()
        return None if line is None or line == EOF_LINE else line

    say(_statement(meta))
    say()
    tags = f" · {', '.join(meta.patterns)}" if session.show_patterns else ""
    say(f"target {meta.target_minutes} min · {meta.difficulty}{tags}")
    if not session.resumes and not start_now:
        say("read it first: Enter starts the timer and writes your starter file · q leaves")
        line = next_line()
        if line is None or line == EOF_LINE or line.strip().lower() == "q":
            say("left before starting: nothing was timed or stored")
            return 1
    attempt = session.start()
    path = attempt.solution_path
    if attempt.resumed:
        say(
            f"resumed your open attempt (started {attempt.started_at:%Y-%m-%d %H:%M} UTC); "
            f"{path} is as you left it"
        )
    clock = time.monotonic()

    def stamp() -> str:
        return _minutes(time.monotonic() - clock)

    say(f"your file: {path}")
    say("save it to be judged · g + Enter gives up · e reopens the editor · q stops")
    stop = threading.Event()
    threading.Thread(target=_watch, args=(path, events, stop), daemon=True).start()
    editor = _editor_command(ctx)
    if editor:
        _open_editor(editor, path)
        events.put(("change", ""))
    try:
        while True:
            try:
                kind, value = events.get(timeout=1.0)
            except queue.Empty:
                kind, value = "change", ""  # a missed event (or a slow watcher) costs 1 s at most
            if kind == "warn":
                say(f"drill: {value}")
                continue
            if kind == "line":
                command = "eof" if value == EOF_LINE else value.strip().lower()
                if command == "g":
                    gave_up = session.give_up()
                    due = gave_up.outcome.next_due
                    say(f"[{stamp()}] gave up; it comes back on {due}. The reference:")
                    say(_highlight(gave_up.reference))
                    if sys.stdin.isatty():  # a piped `g` ends the session, as it always has
                        say("what did I learn (Enter to skip):")
                        ask_learning(ctx, "practice", typed)
                    return 0
                if command == "e" and editor:
                    _open_editor(editor, path)
                    events.put(("change", ""))
                elif command in ("q", "eof"):
                    say(f"[{stamp()}] stopped; the attempt stays open until you solve or give up")
                    return 1
                continue
            try:
                code = session.changed()
            except OSError:
                continue
            if code is None:
                continue
            say(f"[{stamp()}] judging...")
            try:
                judged = session.judge(code)
            except Cancelled:
                continue
            except DrillError as err:
                say(f"[{stamp()}] could not judge: {err}")
                continue
            run = judged.outcome
            say(f"[{stamp()}] {judged.result.report()}")
            if judged.compared:
                say(f"         best runs: {judged.compared}")
            if run.oops_id is not None:
                say(f"         (added to the Oops List as #{run.oops_id})")
            if run.finished:
                say(
                    f"accepted in {stamp()} after {run.attempt.runs} run(s); grade {run.grade}, "
                    f"next re-solve {run.next_due}"
                )
                if judged.open_oops:
                    n = judged.open_oops
                    say(
                        f"{n} open Oops entr{'y' if n == 1 else 'ies'} for this "
                        f"problem: `drill oops resolve --problem {meta.slug}` once learnt"
                    )
                say("key insight: what did I learn, in one line (Enter to skip):")
                insight = (typed() or "").strip()
                if insight:
                    card = session.add_insight(insight)
                    say(f"saved your insight as card {card} in the Insights deck")
                    keep_learning(ctx, "practice", insight)
                return 0
    finally:
        stop.set()


@click.command()
@click.argument("problem")
@click.option("--show", "show", metavar="ATTEMPT.RUN", help="Print one judged version's code.")
@click.option("--json", "as_json", is_flag=True, help="Every version, code included, as JSON.")
@pass_ctx
def history(ctx: AppContext, problem: str, show: str | None, as_json: bool) -> None:
    """Every judged version of your code for PROBLEM, attempt by attempt.

    `drill history two-sum` lists them; `--show 3.2` prints run 2 of attempt 3 as it was judged.
    """
    from drill.errors import DrillError
    from drill.practice import judged_versions
    from drill.problembank import find_problem

    meta = find_problem(problem, ctx.settings.problem_dirs())
    versions = judged_versions(ctx.store(), meta.slug)
    if as_json:
        click.echo(json.dumps([v.as_dict() for v in versions], indent=2))
        return
    if show is not None:
        wanted = [v for v in versions if f"{v.attempt_id}.{v.number}" == show.strip()]
        if not wanted:
            raise DrillError(
                f"no judged version {show} of {meta.slug}; `drill history {meta.slug}` lists them"
            )
        click.echo(wanted[0].code, nl=False)
        return
    if not versions:
        click.echo(f"no judged versions of {meta.slug} yet")
        return
    for v in versions:
        lines = len(v.code.splitlines())
        click.echo(
            f"{v.attempt_id}.{v.number:<3} {v.at:%Y-%m-%d %H:%M}  {v.verdict:<14} {lines} lines"
        )


def register(cli: click.Group) -> None:
    cli.add_command(problems)
    cli.add_command(solve)
    cli.add_command(history)
