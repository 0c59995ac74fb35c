"""Today's review: one session that the TUI and `drill review --plain` both drive.

The queue, answering (one transaction per answer), undo of anything this session did (an
answer, a suspend, a bury), the counts and the summary; and the scheduler the settings
choose, with switching between SM-2 and FSRS replayed from each card's review log."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from drill.config import Settings
from drill.core.fsrs import FSRSScheduler
from drill.core.scheduling import BUTTONS, CardState, Rating, Scheduler
from drill.core.session_rules import Graded, apply_rating, outcomes
from drill.core.session_rules import preview as preview_labels
from drill.core.sm2 import SM2Scheduler, check_quality
from drill.store.db import Store
from drill.store.queries import cards as q
from drill.store.queries import schedule as sq
from drill.store.queries.cards import MATURE_DAYS, CardView, DeckRow, DueCounts, Scope

__all__ = [
    "BUTTONS",
    "MATURE_DAYS",
    "Answer",
    "CardView",
    "DeckRow",
    "DueCounts",
    "Rating",
    "ReviewSession",
    "Scope",
    "answer",
    "bury",
    "deck_names",
    "deck_rows",
    "due_counts",
    "ensure_scheduler",
    "get_card",
    "next_card",
    "next_card_after",
    "optimize",
    "preview",
    "reschedule",
    "scheduler_for",
    "set_suspended",
    "study_more",
    "today",
    "undo",
]


EVERYTHING = Scope()
"""The whole collection."""

PARAMS_KEY = "fsrs_parameters"
SCHEDULER_KEY = "scheduler"


@dataclass(frozen=True)
class Answer:
    card: CardView
    quality: int
    kind: str  # new | review | repeat
    again_today: bool
    became_leech: bool
    log_id: int = 0


def today(settings: Settings, instant: datetime) -> date:
    return settings.today(instant)


def _limits(settings: Settings) -> q.Limits:
    r = settings.review
    return q.Limits(
        r.new_per_day,
        r.max_reviews_per_day,
        new_order=r.new_order,
        new_review_order=r.new_review_order,
        deck_limits=tuple(sorted(r.deck_new_per_day.items())),
        default_deck_limit=r.new_per_deck or None,
    )


# ---------------------------------------------------------------- the scheduler


def fsrs_parameters(store: Store) -> list[float] | None:
    """Parameters `drill optimize` fitted to this collection, if any."""
    raw = sq.get_meta(store, PARAMS_KEY)
    if not raw:
        return None
    try:
        values = json.loads(raw)
    except ValueError:
        return None
    if isinstance(values, list) and all(isinstance(v, int | float) for v in values):
        return [float(v) for v in values]
    return None


def scheduler_for(store: Store, settings: Settings, name: str | None = None) -> Scheduler:
    """The scheduler `[review] scheduler` names (or `name`), with fitted FSRS parameters."""
    name = name or settings.review.scheduler
    if name == "fsrs":
        return FSRSScheduler(settings.review.desired_retention, fsrs_parameters(store))
    return SM2Scheduler()


def replay(history: sq.History, scheduler: Scheduler) -> CardState:
    """A card's state rebuilt from its review log by `scheduler`: every answer applied in
    order to the state before the first one. Suspension, leech tags and burying stay as they
    are now; answers are history, and none is added or lost."""
    state = replace(history.base, scheduler=scheduler.name)
    if history.base.scheduler != scheduler.name:
        state = replace(state, stability=None, difficulty=None)
    for a in history.answers:
        rating = Rating.from_quality(check_quality(a.quality))
        # each answer counts as it did then: a same-day repeat stays one (it never moved the
        # schedule), any other answer is a scheduling one
        state = replace(state, learning_day=a.day if a.kind == "repeat" else None)
        state = apply_rating(state, rating, scheduler, a.day, a.instant, 1 << 30).state
    now = history.now
    return replace(state, suspended=now.suspended, leech=now.leech, buried_day=now.buried_day)


def reschedule(
    store: Store,
    settings: Settings,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Give every card the schedule `name` (default: the settings') gives its review log;
    returns how many cards were rescheduled. The log itself is untouched."""
    scheduler = scheduler_for(store, settings, name)
    total = sq.count_cards(store)
    states: list[tuple[int, CardState]] = []
    for i, history in enumerate(sq.histories(store), 1):
        states.append((history.card_id, replay(history, scheduler)))
        if progress is not None and (i % 1000 == 0 or i == total):
            progress(i, total)
    sq.write_states(store, states)
    sq.set_meta(store, SCHEDULER_KEY, scheduler.name)
    return len(states)


def ensure_scheduler(
    store: Store, settings: Settings, progress: Callable[[int, int], None] | None = None
) -> int | None:
    """Reschedule the collection when `[review] scheduler` changed since it was last
    scheduled; returns the cards rescheduled, None when nothing changed."""
    stored = sq.get_meta(store, SCHEDULER_KEY) or "sm2"
    if stored == settings.review.scheduler:
        return None
    return reschedule(store, settings, progress=progress)


# ---------------------------------------------------------------- the queue


def due_counts(
    store: Store, settings: Settings, instant: datetime, scope: Scope = EVERYTHING
) -> DueCounts:
    return q.due_counts(store, today(settings, instant), _limits(settings), scope)


def next_card(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = EVERYTHING,
    skip: frozenset[int] = frozenset(),
) -> CardView | None:
    """The next card of today's queue: a repeat whose step has passed, then due reviews and
    new cards mixed and gathered as the settings say, each within today's limits; None when
    the queue is empty."""
    return q.next_card(store, today(settings, instant), _limits(settings), scope, skip, instant)


def next_card_after(
    store: Store,
    settings: Settings,
    instant: datetime,
    scope: Scope = EVERYTHING,
    last: int | None = None,
) -> CardView | None:
    """The next card, keeping the queue's order but not showing the card just answered again
    while any other card is waiting (as Anki spaces a failed card behind its learning step)."""
    if last is not None:
        card = next_card(store, settings, instant, scope, skip=frozenset({last}))
        if card is not None:
            return card
    return next_card(store, settings, instant, scope)


def get_card(store: Store, settings: Settings, instant: datetime, card_id: int) -> CardView:
    return q.get_card(store, card_id, today(settings, instant))


def _outcomes(
    card: CardView, scheduler: Scheduler, settings: Settings, instant: datetime
) -> dict[Rating, Graded]:
    return outcomes(
        card.schedule, scheduler, today(settings, instant), instant, settings.review.leech_lapses
    )


def preview(
    card: CardView, settings: Settings, instant: datetime, scheduler: Scheduler
) -> dict[Rating, str]:
    """What each button would do, as Anki shows it above the buttons: the same outcomes
    answering applies."""
    day = today(settings, instant)
    return preview_labels(card.schedule, _outcomes(card, scheduler, settings, instant), day)


def answer(
    store: Store,
    settings: Settings,
    card_id: int,
    quality: int,
    instant: datetime,
    answer_ms: int = 0,
    session: str | None = None,
    scheduler: Scheduler | None = None,
) -> Answer:
    """Grade a card (an SM-2 quality: Again 1, Hard 3, Good 4, Easy 5) and commit it with its
    review-log row, in one transaction.

    Two drills answering one card at once both count, one after the other. `session` names
    the review session, which alone may undo the answer."""
    quality = check_quality(quality)
    rating = Rating.from_quality(quality)
    day = today(settings, instant)
    scheduler = scheduler or scheduler_for(store, settings)
    view, graded, log_id = q.answer_card(
        store,
        card_id,
        lambda state: apply_rating(
            state, rating, scheduler, day, instant, settings.review.leech_lapses
        ),
        q.AnswerLog(instant, day, int(rating), answer_ms, session, settings.machine),
    )
    return Answer(
        card=view,
        quality=int(rating),
        kind=graded.kind,
        again_today=view.learning,
        became_leech=graded.became_leech,
        log_id=log_id,
    )


def undo(
    store: Store, settings: Settings, instant: datetime, session: str | None
) -> CardView | None:
    """Take back this session's newest answer on this machine, given today: the card gets
    its exact previous state (None: nothing to undo). Answers given in other sessions, on
    other days or on other machines are never taken back."""
    if not session:
        return None
    return q.undo_last(store, session, settings.machine, today(settings, instant))


def set_suspended(store: Store, card_id: int, suspended: bool) -> tuple[bool, bool]:
    return q.set_suspended(store, card_id, suspended)


def bury(store: Store, settings: Settings, card_id: int, instant: datetime) -> date | None:
    """Out of today's queue, back tomorrow (Anki's bury); returns the buried day before."""
    return q.set_buried(store, card_id, today(settings, instant))


def study_more(store: Store, settings: Settings, instant: datetime, count: int) -> int:
    """Allow `count` more new cards today (Anki's custom study); today's extra in all."""
    return q.add_new_today(store, today(settings, instant), count)


def deck_names(store: Store) -> set[str]:
    """The names of the decks in the store (cheap: no card is read)."""
    return q.deck_names(store)


def deck_rows(store: Store, settings: Settings, instant: datetime) -> list[DeckRow]:
    """One row per deck: cards, new, due today, learning, mature, suspended."""
    return q.deck_rows(store, today(settings, instant))


# ---------------------------------------------------------------- one review session


@dataclass(frozen=True)
class _Done:
    """One thing this session did, newest last: what undo takes back."""

    what: str  # answer | suspend | bury | edit
    card_id: int
    day: date
    """The study day it was done on: a new day starts with nothing to undo."""
    log_id: int = 0
    quality: int = 0
    flags: tuple[bool, bool] = (False, False)
    buried: date | None = None
    restore: Callable[[], None] | None = None
    """For an edit: puts the file back and re-syncs (the UI knows files, the session not)."""


@dataclass
class ReviewSession:
    """A sitting over today's queue. The TUI and `drill review --plain` both drive it; the
    TUI calls it from worker threads (each method is one or two short transactions)."""

    store: Store
    settings: Settings
    clock: Callable[[], datetime]
    scope: Scope = EVERYTHING
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    done: list[_Done] = field(default_factory=list)
    scheduler: Scheduler = field(init=False)

    def __post_init__(self) -> None:
        ensure_scheduler(self.store, self.settings)
        self.scheduler = scheduler_for(self.store, self.settings)

    # -- what this session has done
    @property
    def answers(self) -> list[_Done]:
        return [d for d in self.done if d.what == "answer"]

    @property
    def reviewed(self) -> int:
        return len(self.answers)

    @property
    def again(self) -> int:
        return sum(1 for d in self.answers if d.quality < 3)

    @property
    def last_answered(self) -> int | None:
        answers = self.answers
        return answers[-1].card_id if answers else None

    # -- the queue
    def next(self) -> CardView | None:
        return next_card_after(
            self.store, self.settings, self.clock(), self.scope, self.last_answered
        )

    def counts(self, instant: datetime | None = None) -> DueCounts:
        return due_counts(self.store, self.settings, instant or self.clock(), self.scope)

    def refresh(self, card: CardView) -> CardView:
        return get_card(self.store, self.settings, self.clock(), card.id)

    def preview(self, card: CardView) -> dict[Rating, str]:
        return preview(card, self.settings, self.clock(), self.scheduler)

    def retrievability(self, card: CardView) -> float | None:
        return self.scheduler.retrievability(card.schedule, today(self.settings, self.clock()))

    # -- acting on a card
    def answer(self, card: CardView, rating: Rating, answer_ms: int = 0) -> Answer:
        result = answer(
            self.store,
            self.settings,
            card.id,
            int(rating),
            self.clock(),
            answer_ms=answer_ms,
            session=self.id,
            scheduler=self.scheduler,
        )
        self.done.append(
            _Done("answer", card.id, self._day(), log_id=result.log_id, quality=int(rating))
        )
        return result

    def suspend(self, card: CardView) -> None:
        flags = set_suspended(self.store, card.id, True)
        self.done.append(_Done("suspend", card.id, self._day(), flags=flags))

    def bury(self, card: CardView) -> None:
        before = bury(self.store, self.settings, card.id, self.clock())
        self.done.append(_Done("bury", card.id, self._day(), buried=before))

    def note_edit(self, card: CardView, restore: Callable[[], None]) -> None:
        """The user edited the card's file: undo calls `restore` (which raises a DrillError
        when the file changed again since, leaving it alone)."""
        self.done.append(_Done("edit", card.id, self._day(), restore=restore))

    def _day(self) -> date:
        return today(self.settings, self.clock())

    def study_more(self, count: int) -> int:
        return study_more(self.store, self.settings, self.clock(), count)

    def undo(self) -> tuple[str, CardView] | None:
        """Take back the newest thing this session did (an answer given today, a suspend, a
        bury, an edit of the card's file): (what, the card as it is again), or None when
        there is nothing to undo."""
        instant = self.clock()
        if not self.done or self.done[-1].day != today(self.settings, instant):
            self.done.clear()  # yesterday's steps are history now
            return None
        last = self.done[-1]
        if last.what == "answer":
            card = q.undo_last(
                self.store, self.id, self.settings.machine, last.day, log_id=last.log_id
            )
            self.done.pop()
            if card is None:  # answered since in another session: that answer stands
                self.done.clear()
                return None
            return "answer", card
        if last.what == "edit" and last.restore is not None:
            last.restore()  # raises, keeping the step, when the file changed since
        self.done.pop()
        if last.what == "suspend":
            q.restore_flags(self.store, last.card_id, *last.flags)
        elif last.what == "bury":
            q.set_buried(self.store, last.card_id, last.buried)
        return last.what, get_card(self.store, self.settings, instant, last.card_id)


# ---------------------------------------------------------------- fitting FSRS


MIN_REVIEWS = 400
"""Reviews (of cards already seen on an earlier day) `drill optimize` needs: below this, a fit
overfits and the default parameters schedule better (FSRS's own guidance)."""


@dataclass(frozen=True)
class Fit:
    """What `drill optimize` did: how much it learnt from, and how well each model predicts
    the user's own answers (log-loss and RMSE over recall bins; lower is better)."""

    reviews: int
    cards: int
    before: tuple[float, float]
    after: tuple[float, float]
    parameters: list[float]


def fsrs_items(store: Store) -> tuple[list[Any], int]:
    """The review log as FSRS training items (one per answer after a card's first), and the
    number of cards they come from; same-day repeats left out, as the scheduler does."""
    import fsrs_rs_python

    items: list[Any] = []
    cards = 0
    for seq in sq.review_days(store):
        cards += 1
        reviews = []
        previous: date | None = None
        for quality, day in seq:
            delta = (day - previous).days if previous is not None else 0
            reviews.append(
                fsrs_rs_python.FSRSReview(Rating.from_quality(quality).button, max(0, delta))
            )
            previous = day
            if len(reviews) >= 2:
                items.append(fsrs_rs_python.FSRSItem(list(reviews)))
    return items, cards


def optimize(store: Store, settings: Settings, step: Callable[[str], None] | None = None) -> Fit:
    """Fit FSRS's parameters to this collection's review log and keep them for FSRS.

    Raises NotEnoughDataError, saying how many more reviews are needed, when the log is too
    short to fit."""
    import fsrs_rs_python

    from drill.errors import NotEnoughDataError

    say = step or (lambda _what: None)
    say("reading the review log")
    items, cards = fsrs_items(store)
    if len(items) < MIN_REVIEWS:
        raise NotEnoughDataError(
            f"fitting FSRS needs {MIN_REVIEWS} reviews of cards seen on an earlier day; this "
            f"collection has {len(items)}, so about {MIN_REVIEWS - len(items)} more "
            "(keep reviewing: the default parameters serve well until then)"
        )
    current = fsrs_parameters(store) or list(fsrs_rs_python.DEFAULT_PARAMETERS)
    say("measuring the current parameters")
    before = fsrs_rs_python.FSRS(current).evaluate(items)
    say("fitting")
    fitted = fsrs_rs_python.FSRS(current).compute_parameters(items, enable_short_term=False)
    say("measuring the fitted parameters")
    after = fsrs_rs_python.FSRS(fitted).evaluate(items)
    if after.log_loss > before.log_loss:  # never keep a worse fit than what is in use
        fitted, after = current, before
    sq.set_meta(store, PARAMS_KEY, json.dumps([round(float(w), 6) for w in fitted]))
    return Fit(
        reviews=len(items),
        cards=cards,
        before=(float(before.log_loss), float(before.rmse_bins)),
        after=(float(after.log_loss), float(after.rmse_bins)),
        parameters=[float(w) for w in fitted],
    )
