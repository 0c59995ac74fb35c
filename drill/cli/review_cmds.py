"""Commands for the collection and the daily review: sync, decks, due, review."""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING

import click

from drill.cli.base import AppContext, pass_ctx

if TYPE_CHECKING:
    from drill.review import CardView, ReviewSession, Scope


def _scope(ctx: AppContext, decks: tuple[str, ...], tags: tuple[str, ...]) -> Scope:
    from drill.errors import NotFoundError
    from drill.review import Scope, deck_names

    if decks:
        known = deck_names(ctx.store())
        for name in decks:
            if name not in known:
                raise NotFoundError(f"no deck named {name!r}; `drill decks` lists them")
    return Scope(decks=decks, tags=tags)


def _autosync(ctx: AppContext) -> None:
    from drill.library import ensure_synced
    from drill.review import ensure_scheduler

    _report, warning = ensure_synced(ctx.store(), ctx.settings)
    if warning:
        click.echo(f"drill: warning: {warning}", err=True)
    moved = ensure_scheduler(ctx.store(), ctx.settings)
    if moved is not None:
        name = ctx.settings.review.scheduler.upper()
        click.echo(f"drill: rescheduled {moved} cards with {name} from their review log", err=True)


@click.command()
@click.option(
    "--decks",
    "deck_dirs",
    multiple=True,
    metavar="[NAME=]DIR",
    help="Also load the deck files in this folder, known as NAME on every machine "
    "(default: the folder's name); repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@pass_ctx
def sync(ctx: AppContext, deck_dirs: tuple[str, ...], as_json: bool) -> None:
    """Load deck files (shipped, DRILL_HOME/decks, --decks DIR) into the store."""
    from pathlib import Path

    from drill.library import sync_decks

    for raw in deck_dirs:
        folder = Path(raw.partition("=")[2] if "=" in raw else raw).expanduser()
        if not folder.is_dir():
            raise click.BadParameter(f"{folder} is not a folder", param_hint="--decks")
    ctx.decks = tuple(deck_dirs)
    report = sync_decks(ctx.store(sync=False), ctx.settings)
    for line in [*report.skipped, *report.notes]:
        click.echo(f"drill: {line}", err=True)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "decks": report.decks,
                    "added": report.added,
                    "updated": report.updated,
                    "suspended": report.suspended,
                    "restored": report.restored,
                    "unchanged": report.unchanged,
                }
            )
        )
    else:
        click.echo(report.line())


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per deck, in a list.")
@pass_ctx
def decks(ctx: AppContext, as_json: bool) -> None:
    """One row per deck: cards, new, due today, learning, mature, suspended."""
    from drill.config import now
    from drill.review import deck_rows

    _autosync(ctx)
    rows = deck_rows(ctx.store(), ctx.settings, now())
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    width = max([len(r.name) for r in rows] + [4])
    click.echo(
        f"{'deck':<{width}}  {'cards':>6} {'new':>6} {'due':>6} {'learn':>6} "
        f"{'mature':>6} {'susp':>6}"
    )
    for r in rows:
        click.echo(
            f"{r.name:<{width}}  {r.cards:>6} {r.new:>6} {r.due:>6} {r.learning:>6} "
            f"{r.mature:>6} {r.suspended:>6}"
        )


@click.command()
@click.option("--deck", "deck_names", multiple=True, help="Only this deck (repeatable).")
@click.option("--tag", "tags", multiple=True, help="Only cards with this tag (repeatable).")
@click.option(
    "--json", "as_json", is_flag=True, help='Print {"new", "review", "learning", "total"}.'
)
@pass_ctx
def due(ctx: AppContext, deck_names: tuple[str, ...], tags: tuple[str, ...], as_json: bool) -> None:
    """Today's counts: new cards, due reviews, same-day repeats (learning)."""
    from drill.config import now
    from drill.review import due_counts

    _autosync(ctx)
    scope = _scope(ctx, deck_names, tags)
    counts = due_counts(ctx.store(), ctx.settings, now(), scope)
    if as_json:
        click.echo(json.dumps(counts.as_dict()))
    else:
        click.echo(
            f"{counts.new} new, {counts.review} review, {counts.learning} learning "
            f"({counts.total} in all)"
        )


@click.command()
@click.option("--plain", is_flag=True, help="Line by line in any terminal (reads standard input).")
@click.option("--deck", "deck_names", multiple=True, help="Only this deck (repeatable).")
@click.option("--tag", "tags", multiple=True, help="Only cards with this tag (repeatable).")
@click.option(
    "--minutes",
    type=click.IntRange(1, 600),
    default=None,
    help="Time box of the session (default from config: 10).",
)
@pass_ctx
def review(
    ctx: AppContext,
    plain: bool,
    deck_names: tuple[str, ...],
    tags: tuple[str, ...],
    minutes: int | None,
) -> None:
    """Today's review: Enter shows the answer, 1-4 grade (Again/Hard/Good/Easy), u undo, q quit."""
    _autosync(ctx)
    scope = _scope(ctx, deck_names, tags)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if not plain and interactive:
        try:
            from drill.cli.tui_cmds import open_tui
        except ModuleNotFoundError:
            pass
        else:
            open_tui(ctx, screen="review", scope=scope, minutes=minutes)
            return
    plain_review(ctx, scope)


def _say(text: str = "") -> None:
    print(text, flush=True)


def _ask(prompt: str) -> str | None:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not sys.stdin.isatty():
        print(flush=True)  # a piped answer is not echoed: end the prompt's line ourselves
    if not line:
        return None
    return line.strip()


def plain_review(ctx: AppContext, scope: Scope) -> None:
    """The review loop on stdin/stdout: every answer is committed before the next card shows.

    Anki's keys as lines: Enter shows the answer, then 1-4 grade (Enter alone is Good), `-`
    buries the card until tomorrow, `s` suspends it, `u` undoes this session's last step."""
    from drill.config import now
    from drill.render import sides, unicode_math
    from drill.review import BUTTONS, Rating, ReviewSession

    session = ReviewSession(ctx.store(), ctx.settings, now, scope)
    started = time.monotonic()
    pending: CardView | None = None

    def take_back() -> CardView | None:
        undone = session.undo()
        if undone is None:
            _say("nothing to undo.")
            return None
        what, card = undone
        _say({"answer": "undone.", "suspend": "unsuspended.", "bury": "unburied."}[what])
        return card

    keys = "u undo, - bury, s suspend, q quit"
    while True:
        card = pending or session.next()
        pending = None
        if card is None:
            break
        counts = session.counts()
        question, answer_text = sides(card.kind, card.ord, card.front, card.back)
        status = "repeat" if card.learning else ("new" if card.is_new else "review")
        _say(
            f"── {card.deck} · {status} · {counts.new} new, {counts.review} review, "
            f"{counts.learning} learning left"
        )
        _say(unicode_math(question))
        reply = _ask(f"[Enter] show answer, {keys}: ")
        if reply is None or reply.lower() == "q":
            break
        if reply.lower() == "u":
            pending = take_back() or card
            continue
        if reply in ("-", "s"):
            _act(session, card, reply)
            continue
        shown = time.monotonic()
        _say(unicode_math(answer_text))
        labels = session.preview(card)
        buttons = "  ".join(f"{i} {r.name.title()} ({labels[r]})" for i, r in enumerate(BUTTONS, 1))
        prompt = f"{buttons}  [Enter] Good  {keys}: "
        reply = _ask(prompt)
        while reply is not None and reply.lower() not in (
            "q",
            "u",
            "-",
            "s",
            "",
            "1",
            "2",
            "3",
            "4",
        ):
            _say("type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), Enter for Good; " + keys)
            reply = _ask(prompt)
        if reply is None or reply.lower() == "q":
            break
        if reply.lower() == "u":
            pending = take_back() or card
            continue
        if reply in ("-", "s"):
            _act(session, card, reply)
            continue
        rating = BUTTONS[int(reply) - 1] if reply else Rating.GOOD
        ms = int((time.monotonic() - shown) * 1000)
        result = session.answer(card, rating, answer_ms=ms)
        if result.became_leech:
            lapses = ctx.settings.review.leech_lapses
            _say(
                f"this card is a leech ({lapses} lapses): suspended and tagged `leech`; rewrite it."
            )
    spent = int(time.monotonic() - started)
    if session.reviewed:
        from drill.cli.plan_cmds import ask_learning

        ask_learning(ctx, "review", lambda: _ask("what did I learn (Enter to skip): "))
    left = session.counts()
    tail = "nothing left for today" if left.total == 0 else f"{left.total} left for today"
    n = session.reviewed
    _say(
        f"reviewed {n} card{'s' if n != 1 else ''} ({session.again} again) in "
        f"{spent // 60}:{spent % 60:02d}; {tail}."
    )


def _act(session: ReviewSession, card: CardView, key: str) -> None:
    if key == "-":
        session.bury(card)
        _say("buried until tomorrow (u undoes).")
    else:
        session.suspend(card)
        _say("suspended (u undoes; unsuspend later in Browse).")


@click.command()
@pass_ctx
def optimize(ctx: AppContext) -> None:
    """Fit FSRS's parameters to your own review log (needs 400 reviews or more)."""
    from drill.review import optimize as fit_fsrs

    steps = ["reading the review log", "measuring the current parameters", "fitting"]
    steps.append("measuring the fitted parameters")
    with click.progressbar(
        length=len(steps), label="fitting FSRS", file=sys.stderr, show_eta=False
    ) as bar:

        def step(what: str) -> None:
            done = steps.index(what) if what in steps else 0
            bar.label = f"fitting FSRS: {what}"
            bar.update(done - bar.pos)

        fit = fit_fsrs(ctx.store(), ctx.settings, step)
        bar.update(len(steps) - bar.pos)
    (loss0, rmse0), (loss1, rmse1) = fit.before, fit.after
    click.echo(
        f"fitted FSRS to {fit.reviews:,} reviews of {fit.cards:,} cards: "
        f"log-loss {loss0:.4f} -> {loss1:.4f}, RMSE {rmse0:.2%} -> {rmse1:.2%} (lower is better)"
    )
    if ctx.settings.review.scheduler != "fsrs":
        click.echo('FSRS is not on: set `scheduler = "fsrs"` under [review] in config.toml')
    else:
        click.echo("new answers are scheduled with these parameters from now on")


@click.command("study-more")
@click.argument("count", type=click.IntRange(1, 9999))
@pass_ctx
def study_more(ctx: AppContext, count: int) -> None:
    """Allow COUNT more new cards today, beyond `new_per_day` (Anki's custom study)."""
    from drill.config import now
    from drill.review import study_more as allow

    extra = allow(ctx.store(), ctx.settings, now(), count)
    click.echo(f"{count} more new cards today ({extra} beyond the daily limit)")


def register(cli: click.Group) -> None:
    for command in (sync, decks, due, review, optimize, study_more):
        cli.add_command(command)
