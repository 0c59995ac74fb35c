"""`drill set`, `drill mock`, `drill contest`: several problems under one clock."""

from __future__ import annotations

import json
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from drill.cli.base import AppContext, pass_ctx
from drill.cli.practice_cmds import (
    EOF_LINE,
    _editor_command,
    _highlight,
    _minutes,
    _open_editor,
    _read_stdin,
    _statement,
    known_problems,
)
from drill.core.fmt import clock

if TYPE_CHECKING:
    from drill.core.problems import ProblemMeta
    from drill.timed import TimedRun


def _say(text: str = "") -> None:
    print(text, flush=True)


def _watch_folder(
    folder: Path, events: queue.Queue[tuple[str, str]], stop: threading.Event
) -> None:
    from watchfiles import watch

    try:
        for changes in watch(folder, stop_event=stop, debounce=150, raise_interrupt=False):
            for _, p in changes:
                events.put(("change", Path(p).name))
    except Exception as err:  # polling still works
        events.put(("warn", f"file watching stopped ({err}); drill still checks every second"))


def _problem_line(run: TimedRun, position: int) -> str:
    meta = run.metas[position - 1]
    tags = "" if run.hides_patterns else f" · {', '.join(meta.patterns)}"
    mark = "*" if position == run.current else " "
    return (
        f"{mark}{position}. {meta.title} ({meta.difficulty}, target {meta.target_minutes} min"
        f"{tags}): {run.status(position)}"
    )


def _ask(next_line: Callable[[], str | None], prompt: str) -> str:
    _say(prompt)
    line = next_line()
    return "" if line is None or line == EOF_LINE else line.strip()


def _end(run: TimedRun, next_line: Callable[[], str | None], why: str) -> int:
    from drill.timed import report_lines

    summary = run.finish()
    _say(why)
    for line in report_lines(summary):
        _say(line)
    for slug, source in summary.references:
        _say(f"\nthe reference for {slug}:")
        _say(_highlight(source))
    label = "retro" if run.kind == "contest" else "notes"
    notes = _ask(next_line, f"your {label} on this {run.name}, in a line (Enter to skip):")
    if notes:
        to_oops = False
        if run.kind == "mock":
            answer = _ask(next_line, "add them to the Oops List? [y/N]")
            to_oops = answer.lower() in ("y", "yes")
        entry = run.save_notes(notes, to_oops=to_oops)
        _say("kept with the session" + (f" and as Oops #{entry}" if entry else ""))
    return 0 if summary.solved == len(summary.results) else 1


def plain_timed(ctx: AppContext, run: TimedRun) -> int:
    """The terminal loop of a timed session; 0 when every problem was solved, 1 otherwise
    (and when the user leaves it running)."""
    from drill.errors import DrillError
    from drill.judge.runner import Cancelled

    events: queue.Queue[tuple[str, str]] = queue.Queue()
    threading.Thread(target=_read_stdin, args=(events,), daemon=True).start()

    def next_line() -> str | None:
        while True:
            kind, value = events.get()
            if kind == "line":
                return value

    if run.time_up():
        return _end(run, next_line, f"the {run.name}'s {run.row.minutes} minutes ran out")
    editor = _editor_command(ctx)
    stop = threading.Event()
    workspace = ctx.settings.workspace
    workspace.mkdir(parents=True, exist_ok=True)
    threading.Thread(target=_watch_folder, args=(workspace, events, stop), daemon=True).start()

    def show(position: int) -> None:
        session = run.open(position)
        meta = run.metas[position - 1]
        _say(f"\n--- problem {position}/{run.count}: {meta.title} ({meta.difficulty}) ---")
        _say(_statement(meta))
        if run.finished(position):
            _say(f"({run.status(position)}; n moves on)")
            return
        _say(f"your file: {session.path}")
        if editor:
            _open_editor(editor, session.path)
        events.put(("change", ""))

    def status_line() -> str:
        left = f"{clock(run.remaining_s())} left"
        own = run.problem_remaining_s()
        if own is not None:
            left += f" ({clock(own)} on this one)"
        return left

    first = run.next_open() or 1
    _say(f"{run.name}: {run.count} problems, {clock(run.remaining_s())} left")
    _say("a number switches problem · n next · l list · g gives up · e editor")
    _say("end finishes the session · q leaves it running")
    show(first)
    try:
        while True:
            if run.time_up():
                return _end(run, next_line, f"time is up: the {run.row.minutes} minutes ran out")
            if run.problem_time_up() and run.current is not None:
                position = run.current
                run.give_up()
                _say(f"problem {position}'s {run.row.problem_minutes} minutes ran out")
                following = run.next_open(position)
                if following is None:
                    return _end(run, next_line, f"every problem of the {run.name} is done")
                show(following)
                continue
            try:
                kind, value = events.get(timeout=1.0)
            except queue.Empty:
                kind, value = "change", ""
            if kind == "warn":
                _say(f"drill: {value}")
                continue
            if kind == "line":
                command = "eof" if value == EOF_LINE else value.strip().lower()
                if command.isdigit():
                    try:
                        show(int(command))
                    except DrillError as err:
                        _say(f"drill: {err}")
                elif command == "n":
                    following = run.next_open(run.current or 0)
                    if following is None:
                        _say("every problem is done: `end` finishes")
                    else:
                        show(following)
                elif command == "l":
                    for position in range(1, run.count + 1):
                        _say(_problem_line(run, position))
                    _say(status_line())
                elif command == "e" and editor and run.current is not None:
                    _open_editor(editor, run.practice(run.current).path)
                    events.put(("change", ""))
                elif command == "g" and run.current is not None:
                    if run.finished(run.current):
                        _say("that one is already done")
                        continue
                    gave_up = run.give_up()
                    _say(f"[{status_line()}] gave up problem {run.current}")
                    if run.shows_reference:
                        _say(_highlight(gave_up.reference))
                    following = run.next_open(run.current)
                    if following is None:
                        return _end(run, next_line, f"every problem of the {run.name} is done")
                    show(following)
                elif command == "end":
                    return _end(run, next_line, f"you ended the {run.name}")
                elif command in ("q", "eof"):
                    run.leave()
                    _say(
                        f"left the {run.name} running ({status_line()}); "
                        f"`drill {run.kind}` picks it up, `drill {run.kind} --end` ends it"
                    )
                    return 1
                continue
            if run.current is None or run.finished(run.current):
                continue
            session = run.practice(run.current)
            try:
                code = session.changed()
            except OSError:
                continue
            if code is None:
                continue
            _say(f"[{status_line()}] judging problem {run.current}...")
            try:
                judged = run.judge(code)
            except Cancelled:
                continue
            except DrillError as err:
                _say(f"could not judge: {err}")
                continue
            _say(judged.result.report())
            if judged.outcome.oops_id is not None:
                _say(f"(added to the Oops List as #{judged.outcome.oops_id})")
            if judged.outcome.finished:
                _say(f"solved problem {run.current} in {_minutes(run.active_s(run.current))}")
                following = run.next_open(run.current)
                if following is None:
                    return _end(run, next_line, f"every problem of the {run.name} is done")
                show(following)
    finally:
        stop.set()


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--plain", is_flag=True, help="Stay in the terminal (no TUI)."),
        click.option(
            "--lang",
            "language",
            type=click.Choice(["python", "cpp"]),
            default="python",
            show_default=True,
            help="Solve in Python or C++17.",
        ),
        click.option("--sanitize", is_flag=True, help="C++: build with ASan and UBSan."),
        click.option("--end", "end", is_flag=True, help="End the session left running."),
        click.option("--history", is_flag=True, help="Past sessions of this kind, newest first."),
        click.option("--json", "as_json", is_flag=True, help="With --history or --end: JSON."),
        click.option(
            "--problems",
            "problem_dirs",
            multiple=True,
            type=click.Path(exists=True, file_okay=False),
            help="Also look for problem modules in this folder (repeatable).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _run(
    ctx: AppContext,
    kind: str,
    choose: Callable[[list[ProblemMeta]], tuple[list[ProblemMeta], str]],
    *,
    minutes: int,
    problem_minutes: int | None = None,
    plain: bool,
    language: str,
    sanitize: bool,
    end: bool,
    show_history: bool,
    as_json: bool,
    problem_dirs: tuple[str, ...],
) -> None:
    from drill.config import now
    from drill.errors import DrillError
    from drill.timed import NAMES, TimedRun, end_waiting, history, report_lines

    if problem_dirs:
        ctx.problems = tuple(Path(d) for d in problem_dirs)
    store = ctx.store()
    if show_history:
        past = history(store, kind)
        if as_json:
            click.echo(json.dumps([s.as_dict() for s in past], indent=2))
            return
        if not past:
            click.echo(f"no {NAMES[kind]} finished yet")
            return
        for s in past:
            extra = ""
            if s.contest is not None:
                extra = f"  score {s.contest.score}/{s.contest.possible}"
            if s.mock is not None:
                extra = f"  {s.mock.points}/{s.mock.possible} {s.mock.verdict}"
            click.echo(
                f"{s.started_at:%Y-%m-%d %H:%M}  {s.solved}/{len(s.results)} solved{extra}"
                f"  {', '.join(r.slug for r in s.results)}"
            )
        return
    metas = known_problems(ctx)
    if end:
        summary = end_waiting(store, ctx.settings, metas, now, kind)
        if summary is None:
            raise DrillError(f"no {NAMES[kind]} is running")
        if as_json:
            click.echo(json.dumps(summary.as_dict(), indent=2))
        else:
            for line in report_lines(summary):
                click.echo(line)
        return
    run = TimedRun.resume(store, ctx.settings, metas, now, kind, sanitize=sanitize)
    if run is None:
        problems, chosen_by = choose(metas)
        if not plain and sys.stdin.isatty() and sys.stdout.isatty():
            try:
                from drill.cli.tui_cmds import open_tui
            except ModuleNotFoundError:
                pass
            else:
                open_tui(
                    ctx,
                    screen="timed",
                    timed={
                        "kind": kind,
                        "problems": [m.slug for m in problems],
                        "minutes": minutes,
                        "problem_minutes": problem_minutes,
                        "language": language,
                        "chosen_by": chosen_by,
                    },
                )
                return
        _say(f"{NAMES[kind]}: {len(problems)} problems in {minutes} min ({chosen_by})")
        for position, meta in enumerate(problems, 1):
            tags = ""
            if kind != "mock" and ctx.settings.practice.show_patterns:
                tags = f" · {', '.join(meta.patterns)}"
            target = f"target {meta.target_minutes} min"
            _say(f"  {position}. {meta.title} ({meta.difficulty}, {target}{tags})")
        _say("Enter starts the clock · q leaves")
        line = sys.stdin.readline()
        if not line or line.strip().lower() == "q":
            _say("left before starting: nothing was timed or stored")
            sys.exit(1)
        run = TimedRun.begin(
            store,
            ctx.settings,
            kind,  # type: ignore[arg-type]
            problems,
            now,
            minutes=minutes,
            problem_minutes=problem_minutes,
            language=language,
            chosen_by=chosen_by,
            sanitize=sanitize,
        )
    else:
        _say(f"resuming your {run.name} #{run.id} ({run.row.chosen_by})")
        if not plain and sys.stdin.isatty() and sys.stdout.isatty():
            try:
                from drill.cli.tui_cmds import open_tui
            except ModuleNotFoundError:
                pass
            else:
                open_tui(ctx, screen="timed", timed={"resume": run.id})
                return
    sys.exit(plain_timed(ctx, run))


@click.command(name="set")
@click.argument("slugs", nargs=-1)
@click.option("--pattern", help="Problems tagged with this pattern (e.g. sliding-window).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--week", type=click.IntRange(5, 12), help="The plan week's patterns (5-12).")
@click.option("--weakest", is_flag=True, help="From your weakest patterns (first-try rate).")
@click.option("--due", is_flag=True, help="Problems due to be re-solved.")
@click.option("--count", type=click.IntRange(1, 12), default=3, show_default=True)
@click.option("--minutes", type=click.IntRange(1, 600), default=90, show_default=True)
@_common
@pass_ctx
def timed_set(
    ctx: AppContext,
    /,
    slugs: tuple[str, ...],
    pattern: str | None,
    difficulty: str | None,
    week: int | None,
    weakest: bool,
    due: bool,
    count: int,
    minutes: int,
    **common: Any,
) -> None:
    """A timed set: COUNT problems in one time box, each problem's own time kept.

    `drill set --pattern sliding-window --count 3 --minutes 90`; name problems to choose them
    yourself (`drill set two-sum valid-anagram`). Running again resumes the set left running.
    """
    from drill.core.timed import Filter
    from drill.problembank import find_problem

    def pick(metas: list[ProblemMeta]) -> tuple[list[ProblemMeta], str]:
        if slugs:
            dirs = ctx.settings.problem_dirs()
            return [find_problem(s, dirs) for s in slugs], "chosen by hand"
        chosen = Filter(pattern, difficulty, week, weakest, due)
        picked = _choose(ctx, metas, "set", common["language"], count=count, chosen=chosen)
        return picked, chosen.describe()

    _run(ctx, "set", pick, minutes=minutes, **_split(common))


def _choose(
    ctx: AppContext, metas: list[ProblemMeta], kind: str, language: str, **how: Any
) -> list[ProblemMeta]:
    """The problems a new session of `kind` takes; none matching is one line, exit 2."""
    from drill.config import now
    from drill.core.timed import NoProblems
    from drill.errors import DrillError
    from drill.timed import choose

    try:
        return choose(ctx.store(), ctx.settings, metas, now(), kind, language=language, **how)  # type: ignore[arg-type]
    except NoProblems as err:
        raise DrillError(str(err)) from None


def _split(common: dict[str, Any]) -> dict[str, Any]:
    return {
        "plain": common["plain"],
        "language": common["language"],
        "sanitize": common["sanitize"],
        "end": common["end"],
        "show_history": common["history"],
        "as_json": common["as_json"],
        "problem_dirs": common["problem_dirs"],
    }


@click.command()
@click.option("--count", type=click.IntRange(1, 4), default=2, show_default=True)
@click.option(
    "--minutes", type=click.IntRange(1, 300), default=45, show_default=True, help="Per problem."
)
@click.option("--shared", is_flag=True, help="One block of COUNT x MINUTES for all problems.")
@click.option(
    "--fresh-days",
    type=click.IntRange(0, 3650),
    default=14,
    show_default=True,
    help="Leave out problems tried in this many days.",
)
@_common
@pass_ctx
def mock(
    ctx: AppContext, /, count: int, minutes: int, shared: bool, fresh_days: int, **common: Any
) -> None:
    """A mock interview: medium-hard problems from patterns you have studied, the pattern
    hidden, no reference until the end; then a scored report and your notes."""

    def pick(metas: list[ProblemMeta]) -> tuple[list[ProblemMeta], str]:
        picked = _choose(ctx, metas, "mock", common["language"], count=count, fresh_days=fresh_days)
        how = "one shared block" if shared else f"{minutes} min each"
        return picked, f"medium-hard, not tried in {fresh_days} days, {how}"

    _run(
        ctx,
        "mock",
        pick,
        minutes=minutes * count,
        problem_minutes=None if shared else minutes,
        **_split(common),
    )


@click.command()
@click.option("--minutes", type=click.IntRange(1, 600), default=90, show_default=True)
@_common
@pass_ctx
def contest(ctx: AppContext, /, minutes: int, **common: Any) -> None:
    """A contest: four problems of rising difficulty in one block, scored as on LeetCode
    (3/5/5/7 points, 5 minutes' penalty per wrong submission). `--history` lists your scores."""

    def pick(metas: list[ProblemMeta]) -> tuple[list[ProblemMeta], str]:
        return _choose(ctx, metas, "contest", common["language"], count=4), (
            "easy, medium, medium, hard"
        )

    _run(ctx, "contest", pick, minutes=minutes, **_split(common))


def register(cli: click.Group) -> None:
    cli.add_command(timed_set)
    cli.add_command(mock)
    cli.add_command(contest)
