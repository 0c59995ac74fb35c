"""The Review screen: a time-boxed session over today's queue with Anki's keys.

Every store call goes through the one ReviewSession, off the event loop (in a worker
thread), so a busy database never freezes the screen: keys pressed meanwhile are ignored
rather than queued behind it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer

from drill import oops
from drill.review import CardView, Rating, ReviewSession, Scope
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.screens.base import DrillScreen
from drill.tui.screens.summary import SessionSummary, SummaryScreen
from drill.tui.widgets.answer_bar import AnswerBar
from drill.tui.widgets.card_face import CardFace
from drill.tui.widgets.oops_form import OopsDraft, OopsForm
from drill.tui.widgets.session_bar import SessionBar

GRADE = Binding.Group("Grade", compact=True)
T = TypeVar("T")
MORE_NEW = 10
"""New cards `+` adds to today's limit (Anki's custom study, "increase today's new limit")."""


class ReviewScreen(DrillScreen):
    """Space/Enter reveals and then answers Good, 1-4 grade, u undoes; ends when time or the
    queue runs out."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter", "primary", "Show answer", id="review.reveal"),
        Binding("1", "grade(1)", "Again", id="review.again", group=GRADE),
        Binding("2", "grade(3)", "Hard", id="review.hard", group=GRADE),
        Binding("3", "grade(4)", "Good", id="review.good", group=GRADE),
        Binding("4", "grade(5)", "Easy", id="review.easy", group=GRADE),
        Binding("u", "undo", "Undo", id="review.undo", tooltip="Take back the last step"),
        Binding("e", "edit", "Edit", id="review.edit", tooltip="Open the card's deck file"),
        Binding("o", "oops", "Oops", id="review.oops", tooltip="Write an Oops note for this card"),
        Binding("s", "suspend", "Suspend", id="review.suspend", tooltip="Suspend this card"),
        Binding("minus", "bury", "Bury", id="review.bury", tooltip="Hide this card until tomorrow"),
        Binding(
            "plus",
            "more",
            "+10 new",
            id="review.more",
            show=False,
            tooltip="Study more: ten more new cards today",
        ),
        Binding("down,j", "scroll(1)", "Scroll", id="review.down", show=False),
        Binding("up,k", "scroll(-1)", "Scroll up", id="review.up", show=False),
        Binding("pagedown", "page(1)", "Page down", id="review.pagedown", show=False),
        Binding("pageup", "page(-1)", "Page up", id="review.pageup", show=False),
        Binding("escape,q", "stop", "End", id="review.stop", tooltip="End the session now"),
    ]

    def __init__(
        self,
        deps: Deps,
        scope: Scope | None = None,
        minutes: int | None = None,
        first: CardView | None = None,
        session: ReviewSession | None = None,
    ) -> None:
        super().__init__(deps)
        self.first = first
        self.scope = scope or Scope()
        self.minutes = minutes or deps.settings.review.session_minutes
        self.session: ReviewSession | None = session
        self.started = deps.clock()
        self.seconds = self.minutes * 60
        self.card: CardView | None = None
        self.revealed = False
        self.shown_at = self.started
        self.busy = True
        self.finished = False

    def compose(self) -> ComposeResult:
        yield SessionBar()
        yield CardFace()
        yield AnswerBar()
        yield Footer()

    def on_mount(self) -> None:
        self.started = self.deps.clock()
        self.tick()
        self.set_interval(1.0, self.tick)
        self.watch(self.drill_app, "sync_count", self._synced, init=False)
        self.start()

    async def _call(self, fn: Callable[[], T]) -> T:
        """Run a store call in a worker thread; the event loop keeps drawing meanwhile."""
        return await asyncio.to_thread(fn)

    @work(group="review", exclusive=False, exit_on_error=False, description="Starting review")
    async def start(self) -> None:
        deps, scope = self.deps, self.scope
        try:
            if self.session is None:
                self.session = await self._call(
                    lambda: ReviewSession(deps.store, deps.settings, deps.now, scope)
                )
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            self.finish("error")
            return
        await self.load_next(prefer=self.first)

    # -- the time box -------------------------------------------------------------------------

    def seconds_left(self) -> float:
        return self.seconds - (self.deps.clock() - self.started)

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
        session = self.session
        if session is None:
            return
        if self.seconds_left() <= 0 and prefer is None:
            self.finish("time")
            return
        try:
            card = prefer or await self._call(session.next)
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
        self._show_progress(card)

    @work(group="review-counts", exclusive=True, exit_on_error=False, description="Counting")
    async def _show_progress(self, card: CardView) -> None:
        """Where the card comes from, cards done and left (a count over the whole queue)."""
        session = self.session
        if self.finished or card != self.card or session is None:
            return
        try:
            counts = await self._call(session.counts)
            recall = session.retrievability(card)
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        if self.finished or card != self.card:
            return
        status = "repeat" if card.learning else ("new" if card.is_new else "review")
        where = f"{card.deck} · {status}"
        if recall is not None:
            where += f" · recall {recall:.0%}"
        self.query_one(SessionBar).show(where=where, done=session.reviewed, left=counts.total)

    async def _show(self, card: CardView, revealed: bool) -> None:
        self.card = card
        self.revealed = revealed
        await self.query_one(CardFace).show(card, revealed)
        bar = self.query_one(AnswerBar)
        if revealed and self.session is not None:
            bar.show_back(self.session.preview(card))
            self.shown_at = self.deps.clock()
        else:
            bar.show_front()
        self.busy = False
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        busy = self.finished or self.busy or self.card is None
        acting = ("primary", "grade", "edit", "oops", "suspend", "bury", "undo", "more")
        if action in acting and busy:
            return False
        if action == "grade":
            return self.revealed
        return True

    # -- actions ------------------------------------------------------------------------------

    async def action_primary(self) -> None:
        """Space/Enter: show the answer; on the answer side, Good (as in Anki)."""
        if self.card is None or self.busy:
            return
        if not self.revealed:
            await self._show(self.card, revealed=True)
        else:
            self._grade(int(Rating.GOOD))

    @on(AnswerBar.RevealPressed)
    async def _reveal_clicked(self) -> None:
        if self.card is not None and not self.revealed and not self.busy:
            await self._show(self.card, revealed=True)

    @on(AnswerBar.Graded)
    async def _grade_clicked(self, event: AnswerBar.Graded) -> None:
        await self.run_action(f"grade({int(event.rating)})")

    def action_grade(self, quality: int) -> None:
        if self.card is not None and self.revealed and not self.busy:
            self._grade(quality)

    @work(group="review", exclusive=False, exit_on_error=False, description="Answering")
    async def _grade(self, quality: int) -> None:
        card, session = self.card, self.session
        if card is None or session is None:
            return
        self.busy = True
        spent_ms = int((self.deps.clock() - self.shown_at) * 1000)
        rating = Rating.from_quality(quality)
        try:
            result = await self._call(lambda: session.answer(card, rating, spent_ms))
        except USER_ERRORS as err:
            self.busy = False
            self.notify(describe(err), severity="error", timeout=10)
            return
        if result.became_leech:
            self.notify(
                f"Leech: this {card.deck} card lapsed {result.card.lapses} times, so it is "
                f"suspended and tagged leech. Rewrite it: {card.source_path}:{card.source_line}",
                severity="warning",
                timeout=12,
            )
        await self.load_next()

    @work(group="review", exclusive=False, exit_on_error=False, description="Undoing")
    async def action_undo(self) -> None:
        session = self.session
        if session is None or self.busy:
            return
        self.busy = True
        try:
            undone = await self._call(session.undo)
        except USER_ERRORS as err:
            self.busy = False
            self.notify(describe(err), severity="error", timeout=10)
            return
        if undone is None:
            self.busy = False
            self.notify("Nothing to undo in this session today.")
            return
        what, card = undone
        said = {
            "answer": "answer taken back",
            "suspend": "unsuspended",
            "bury": "unburied",
            "edit": "as it was before your edit",
        }
        self.notify(f"Undone: the {card.deck} card is {said[what]}.")
        await self.load_next(prefer=card)

    @work(group="review", exclusive=False, exit_on_error=False, description="Suspending")
    async def action_suspend(self) -> None:
        await self._set_aside(
            "suspend", "Suspended the {deck} card (u undoes; unsuspend later in Browse)."
        )

    @work(group="review", exclusive=False, exit_on_error=False, description="Burying")
    async def action_bury(self) -> None:
        await self._set_aside("bury", "Buried the {deck} card until tomorrow (u undoes).")

    async def _set_aside(self, what: str, message: str) -> None:
        card, session = self.card, self.session
        if card is None or session is None or self.busy:
            return
        self.busy = True
        act = session.suspend if what == "suspend" else session.bury
        try:
            await self._call(lambda: act(card))
        except USER_ERRORS as err:
            self.busy = False
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(message.format(deck=card.deck))
        await self.load_next()

    @work(group="review", exclusive=False, exit_on_error=False, description="Study more")
    async def action_more(self) -> None:
        session = self.session
        if session is None:
            return
        try:
            extra = await self._call(lambda: session.study_more(MORE_NEW))
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        self.notify(f"{MORE_NEW} more new cards today ({extra} beyond the daily limit).")
        if self.card is not None:
            self._show_progress(self.card)

    def action_scroll(self, lines: int) -> None:
        face = self.query_one(CardFace)
        face.scroll_relative(y=lines * 2, animate=False)

    def action_page(self, pages: int) -> None:
        face = self.query_one(CardFace)
        face.scroll_relative(y=pages * max(1, face.size.height - 1), animate=False)

    def action_edit(self) -> None:
        card, session = self.card, self.session
        if card is None or session is None:
            return
        edit = self.drill_app.edit_card(
            card.source_root, card.source_path, card.source_line, card.uid
        )
        if edit is not None and edit.changed:
            store, settings = self.deps.store, self.deps.settings

            def restore() -> None:
                from drill.library import ensure_synced, undo_edit

                undo_edit(edit)
                ensure_synced(store, settings)

            session.note_edit(card, restore)

    def _synced(self) -> None:
        self._after_sync()

    @work(group="review", exclusive=False, exit_on_error=False, description="Refreshing")
    async def _after_sync(self) -> None:
        """A deck file changed (typically through `e`): show the current card as it is now."""
        session = self.session
        if self.finished or self.busy or session is None:
            return
        if self.card is None:
            await self.load_next()
            return
        card = self.card
        try:
            fresh = await self._call(lambda: session.refresh(card))
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
        self._summarise(reason, self.deps.clock() - self.started)

    @work(group="review", exclusive=False, exit_on_error=False, description="Summing up")
    async def _summarise(self, reason: str, spent: float) -> None:
        session = self.session
        tomorrow = None
        left_today = 0
        if session is not None:
            try:
                now = self.deps.now()
                left_today = (await self._call(lambda: session.counts(now))).total
                tomorrow = await self._call(lambda: session.counts(now + timedelta(days=1)))
            except USER_ERRORS as err:
                self.notify(describe(err), severity="error", timeout=10)
        summary = SessionSummary(
            reason=reason,
            reviewed=session.reviewed if session else 0,
            again=session.again if session else 0,
            seconds=spent,
            left_today=left_today,
            tomorrow=tomorrow,
            session=session,
        )
        self.app.switch_screen(SummaryScreen(self.deps, summary, self.scope, self.minutes))
