"""The Review screen: a time-boxed session over today's queue with Anki's keys."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer

from drill import oops, review
from drill.review import CardView, Scope
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.screens.base import DrillScreen
from drill.tui.screens.summary import SessionSummary, SummaryScreen
from drill.tui.widgets.answer_bar import AnswerBar
from drill.tui.widgets.card_face import CardFace
from drill.tui.widgets.oops_form import OopsDraft, OopsForm
from drill.tui.widgets.session_bar import SessionBar

if TYPE_CHECKING:
    pass

GRADE = Binding.Group("Grade", compact=True)


@dataclass
class Session:
    """What this sitting has done so far; the store holds the truth, this feeds the summary."""

    started: float
    seconds: float
    answered: list[tuple[int, int]] = field(default_factory=list)  # (card id, quality)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    """Names this session's answers in the review log: undo takes back only those."""

    @property
    def reviewed(self) -> int:
        return len(self.answered)

    @property
    def again(self) -> int:
        return sum(1 for _card, quality in self.answered if quality < 3)


class ReviewScreen(DrillScreen):
    """Space/Enter reveals, 1-4 grade, u undoes; ends when time or the queue runs out."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter", "reveal", "Show answer", id="review.reveal"),
        Binding("1", "grade(1)", "Again", id="review.again", group=GRADE),
        Binding("2", "grade(3)", "Hard", id="review.hard", group=GRADE),
        Binding("3", "grade(4)", "Good", id="review.good", group=GRADE),
        Binding("4", "grade(5)", "Easy", id="review.easy", group=GRADE),
        Binding("u", "undo", "Undo", id="review.undo", tooltip="Take back the last answer"),
        Binding("e", "edit", "Edit", id="review.edit", tooltip="Open the card's deck file"),
        Binding("o", "oops", "Oops", id="review.oops", tooltip="Write an Oops note for this card"),
        Binding("s", "suspend", "Suspend", id="review.suspend", tooltip="Suspend this card"),
        Binding("escape,q", "stop", "End", id="review.stop", tooltip="End the session now"),
    ]

    def __init__(
        self,
        deps: Deps,
        scope: Scope | None = None,
        minutes: int | None = None,
        first: CardView | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(deps)
        self.first = first
        self.scope = scope or Scope()
        self.minutes = minutes or deps.settings.review.session_minutes
        self.session = Session(started=deps.clock(), seconds=self.minutes * 60)
        if session_id:
            self.session.id = session_id
        self.card: CardView | None = None
        self.revealed = False
        self.shown_at = self.session.started
        self.busy = True
        self.finished = False

    def compose(self) -> ComposeResult:
        yield SessionBar()
        yield CardFace()
        yield AnswerBar()
        yield Footer()

    async def on_mount(self) -> None:
        self.session.started = self.deps.clock()
        self.tick()
        self.set_interval(1.0, self.tick)
        self.watch(self.drill_app, "sync_count", self._after_sync, init=False)
        await self.load_next(prefer=self.first)

    # -- the time box -------------------------------------------------------------------------

    def seconds_left(self) -> float:
        return self.session.seconds - (self.deps.clock() - self.session.started)

    def tick(self) -> None:
        """Once a second: the clock; at zero an unrevealed card ends the session at once."""
        if self.finished:
            return
        left = self.seconds_left()
        self.query_one(SessionBar).show_time(left)
        if left <= 0 and not self.revealed and not self.busy:
            self.finish("time")

    # -- showing cards ------------------------------------------------------------------------

    async def load_next(self, prefer: CardView | None = None) -> None:
        """Show `prefer`, else the next card of the queue (not the one just answered, if
        anything else is waiting); end the session when time or the queue has run out."""
        self.busy = True
        if self.seconds_left() <= 0 and prefer is None:
            self.finish("time")
            return
        try:
            card = prefer or self._next_card()
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            self.finish("error")
            return
        if card is None and self.drill_app.syncing:
            self.card = None
            self.busy = False
            self.query_one(SessionBar).show(where="Loading deck files…", done=0, left=0)
            return  # _after_sync loads the first card
        if card is None:
            self.finish("empty")
            return
        await self._show(card, revealed=False)
        self.call_after_refresh(self._show_progress, card)  # the card first, the counts next

    def _show_progress(self, card: CardView) -> None:
        """Where the card comes from, cards done and left (a count over the whole queue)."""
        if self.finished or card != self.card:
            return
        try:
            counts = review.due_counts(
                self.deps.store, self.deps.settings, self.deps.now(), self.scope
            )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        status = "repeat" if card.learning else ("new" if card.is_new else "review")
        self.query_one(SessionBar).show(
            where=f"{card.deck} · {status}", done=self.session.reviewed, left=counts.total
        )

    def _next_card(self) -> CardView | None:
        store, settings, now = self.deps.store, self.deps.settings, self.deps.now()
        last = self.session.answered[-1][0] if self.session.answered else None
        return review.next_card_after(store, settings, now, self.scope, last)

    async def _show(self, card: CardView, revealed: bool) -> None:
        self.card = card
        self.revealed = revealed
        await self.query_one(CardFace).show(card, revealed)
        bar = self.query_one(AnswerBar)
        if revealed:
            bar.show_back(review.preview(card))
            self.shown_at = self.deps.clock()
        else:
            bar.show_front()
        self.busy = False
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        busy = self.finished or self.busy or self.card is None
        if action in ("reveal", "grade", "edit", "oops", "suspend", "undo") and busy:
            return False
        if action == "reveal":
            return not self.revealed
        if action == "grade":
            return self.revealed
        return True

    # -- actions ------------------------------------------------------------------------------

    async def action_reveal(self) -> None:
        if self.card is not None and not self.revealed:
            await self._show(self.card, revealed=True)

    @on(AnswerBar.RevealPressed)
    async def _reveal_clicked(self) -> None:
        await self.run_action("reveal")

    @on(AnswerBar.Graded)
    async def _grade_clicked(self, event: AnswerBar.Graded) -> None:
        await self.run_action(f"grade({int(event.rating)})")

    async def action_grade(self, quality: int) -> None:
        card = self.card
        if card is None or not self.revealed or self.busy:
            return
        self.busy = True
        spent_ms = int((self.deps.clock() - self.shown_at) * 1000)
        try:
            result = review.answer(
                self.deps.store,
                self.deps.settings,
                card.id,
                quality,
                self.deps.now(),
                answer_ms=spent_ms,
                session=self.session.id,
            )
        except USER_ERRORS as err:
            self.busy = False
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.session.answered.append((card.id, quality))
        if result.became_leech:
            self.notify(
                f"Leech: this {card.deck} card lapsed {result.card.lapses} times, so it is "
                f"suspended and tagged leech. Rewrite it: {card.source_path}:{card.source_line}",
                severity="warning",
                timeout=12,
            )
        await self.load_next()

    async def action_undo(self) -> None:
        try:
            card = review.undo(
                self.deps.store, self.deps.settings, self.deps.now(), self.session.id
            )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        if card is None:
            self.notify("Nothing to undo.")
            return
        if self.session.answered:
            self.session.answered.pop()
        self.notify(f"Undone: the {card.deck} card is back as it was.")
        await self.load_next(prefer=card)

    async def action_suspend(self) -> None:
        card = self.card
        if card is None:
            return
        try:
            review.set_suspended(self.deps.store, card.id, True)
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(f"Suspended the {card.deck} card; unsuspend it in Browse (b on Home).")
        await self.load_next()

    def action_edit(self) -> None:
        if self.card is not None:
            self.drill_app.edit_card(
                self.card.source_root, self.card.source_path, self.card.source_line, self.card.uid
            )

    async def _after_sync(self) -> None:
        """A deck file changed (typically through `e`): show the current card as it is now."""
        if self.finished or self.busy:
            return
        if self.card is None:
            await self.load_next()
            return
        try:
            fresh = review.get_card(
                self.deps.store, self.deps.settings, self.deps.now(), self.card.id
            )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error")
            return
        if fresh.suspended:
            self.notify("That card is no longer in its file: suspended. Next card.")
            await self.load_next()
        elif fresh != self.card:
            await self._show(fresh, self.revealed)

    def action_oops(self) -> None:
        card = self.card
        if card is None:
            return

        def save(draft: OopsDraft | None) -> None:
            if draft is None:
                return
            try:
                entry = oops.add(
                    self.deps.store, self.deps.now(), draft.text, draft.category, card_uid=card.uid
                )
            except USER_ERRORS as err:
                self.notify(describe(err), severity="error", timeout=10)
                return
            self.notify(f"Oops #{entry.id} written to your Oops List.")

        self.app.push_screen(OopsForm(f"Oops note on this {card.deck} card"), save)

    def action_stop(self) -> None:
        self.finish("stopped")

    def finish(self, reason: str) -> None:
        """Replace this screen with the summary (once)."""
        if self.finished:
            return
        self.finished = True
        self.busy = True
        spent = self.deps.clock() - self.session.started
        tomorrow = None
        left_today = 0
        try:
            now = self.deps.now()
            left_today = review.due_counts(
                self.deps.store, self.deps.settings, now, self.scope
            ).total
            tomorrow = review.due_counts(
                self.deps.store, self.deps.settings, now + timedelta(days=1), self.scope
            )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
        summary = SessionSummary(
            reason=reason,
            reviewed=self.session.reviewed,
            again=self.session.again,
            seconds=spent,
            left_today=left_today,
            tomorrow=tomorrow,
            session_id=self.session.id,
        )
        self.app.switch_screen(SummaryScreen(self.deps, summary, self.scope, self.minutes))
