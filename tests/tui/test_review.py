"""The Review screen, driven by keys: grading, undo, the time box, edit, suspend, Oops."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from textual.widgets import Button, Input, Markdown

from drill import oops, review, stats
from drill.review import DueCounts, Scope
from drill.tui.app import DrillApp
from drill.tui.screens.review import ReviewScreen
from drill.tui.screens.summary import SummaryScreen
from drill.tui.widgets.oops_form import OopsForm
from tests.conftest import at
from tests.tui.conftest import AppFactory, FakeClock, FakeEditor, settle, text

TODAY = date(2026, 3, 2)


def review_screen(app: DrillApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), type(app.screen)
    return app.screen


def shown(app: DrillApp, which: str = "question") -> str:
    source = app.screen.query_one(f"#{which}", Markdown).source
    return source or ""


def summary_lines(app: DrillApp) -> str:
    assert isinstance(app.screen, SummaryScreen), type(app.screen)
    return text(app.screen.query_one(".line"))


async def test_a_full_session_grades_every_card_and_stores_each_answer(
    make_app: AppFactory,
) -> None:
    app = make_app(screen="review")
    graded: list[int] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        for _ in range(5):
            card = review_screen(app).card
            assert card is not None and card.is_new
            graded.append(card.id)
            await pilot.press("space", "3")
            await settle(app, pilot)
        lines = summary_lines(app)
        assert "Reviewed   5 cards (0 again)" in lines
        assert "Tomorrow   5 review · 0 new" in lines
    store, settings = app.deps.store, app.deps.settings
    assert len(set(graded)) == 5
    assert review.due_counts(store, settings, at("2026-03-02T09:00:00Z")) == DueCounts(0, 0, 0)
    for card_id in graded:
        card = review.get_card(store, settings, at("2026-03-02T09:00:00Z"), card_id)
        assert (card.state.repetitions, card.state.interval) == (1, 1)
        assert card.due == TODAY + timedelta(days=1)


async def test_again_brings_the_card_back_when_nothing_else_is_waiting(
    make_app: AppFactory,
) -> None:
    # DRILL_NOW stands still here, so the repeat's one-minute step never passes: it comes
    # back once every other card is done, as Anki's learn-ahead shows it
    app = make_app(screen="review")
    order: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "1")  # Again on the first card
        order.append("again")
        await settle(app, pilot)
        while isinstance(app.screen, ReviewScreen):
            card = review_screen(app).card
            assert card is not None
            order.append(card.uid)
            await pilot.press("space", "3")
            await settle(app, pilot)
        assert "Reviewed   6 cards (1 again)" in summary_lines(app)
    assert order == [
        "again",
        "s-dict-in",
        "s-binary-search",
        "s-heap-code",
        "s-sigmoid",
        "s-list-append",
    ]
    first = review.get_card(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), 1)
    assert not first.learning and first.due == TODAY + timedelta(days=1)


async def test_buttons_show_the_interval_each_grade_would_give(make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("dict",)))
    store, settings = app.deps.store, app.deps.settings
    card = review.next_card(store, settings, at("2026-03-02T09:00:00Z"), Scope(tags=("dict",)))
    assert card is not None
    review.answer(store, settings, card.id, 4, at("2026-02-20T09:00:00Z"))
    review.answer(store, settings, card.id, 4, at("2026-02-21T09:00:00Z"))  # interval 6 now
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        labels = [str(b.label) for b in app.screen.query(Button) if b.id and "grade" in b.id]
    assert labels == ["Again · 1d ↻", "Hard · 15d ↻", "Good · 15d", "Easy · 15d"]


async def test_undo_gives_the_card_back_its_previous_state(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press("space", "4")
        await settle(app, pilot)
        assert review_screen(app).card != first
        await pilot.press("u")
        await settle(app, pilot)
        screen = review_screen(app)
        assert screen.card is not None and screen.card.id == first.id and not screen.revealed
        assert screen.session.reviewed == 0
    restored = review.get_card(
        app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), first.id
    )
    assert restored.is_new and restored.state == first.state and restored.reviews == 0
    summary = stats.home_summary(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"))
    assert summary.reviews_ever == 0


async def test_undo_on_the_summary_reopens_the_last_card(make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("heap",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "1")
        await settle(app, pilot)
        await pilot.press("space", "4")  # the repeat: Good ends today's work
        await settle(app, pilot)
        assert "All done" in text(app.screen.query_one("#headline"))
        await pilot.press("u")
        await settle(app, pilot)
        card = review_screen(app).card
        assert card is not None and card.uid == "s-heap-code" and card.learning


async def test_the_time_box_ends_the_session_with_a_summary(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(screen="review", minutes=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "3")
        await settle(app, pilot)
        await pilot.press("space")
        clock.advance(61)
        review_screen(app).tick()  # a revealed card may still be graded after time is up
        await pilot.press("2")
        await settle(app, pilot)
        assert "Time's up" in text(app.screen.query_one("#headline"))
        lines = summary_lines(app)
        assert "Reviewed   2 cards (0 again)" in lines and "Time       1:01" in lines
        assert "Left today 4 cards" in lines  # 3 new and the Hard one again


async def test_time_running_out_on_a_question_ends_at_once(
    make_app: AppFactory, clock: FakeClock
) -> None:
    app = make_app(screen="review", minutes=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        clock.advance(119)
        review_screen(app).tick()
        assert "0:01 left" in text(app.screen.query_one("#time"))
        clock.advance(1)
        review_screen(app).tick()
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)


async def test_cloze_math_and_code_render_for_the_terminal(make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("binary-search",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "[...]" in shown(app) and "O(log n)" not in shown(app)
        await pilot.press("space")
        await pilot.pause()
        assert "**O(log n)**" in shown(app)
    app = make_app(screen="review", scope=Scope(tags=("ml",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "σ(z)" in shown(app) and "$" not in shown(app)
        await pilot.press("space")
        await pilot.pause()
        assert "σ(z)(1 − σ(z))" in shown(app, "answer")


async def test_e_opens_the_cards_line_in_the_editor_and_resyncs(
    make_app: AppFactory, editor: FakeEditor, sample_home: Path
) -> None:
    deck = sample_home / "decks" / "sample.md"

    def edit(path: Path) -> None:
        path.write_text(path.read_text().replace("so resizes are rare", "so resizes are RARE"))

    editor.change = edit
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        card = review_screen(app).card
        assert card is not None
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("space")
        await pilot.pause()
        assert "resizes are RARE" in shown(app, "answer")
    assert editor.opened == [(deck.resolve(), card.source_line)]
    assert deck.read_text().splitlines()[card.source_line - 1].startswith("ID: s-list-append")
    fresh = review.get_card(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), card.id)
    assert "RARE" in fresh.back


SHIPPED_DECK = '+++\nname = "Big-O"\n+++\n\nID: b-append\nQ: Cost of append?\nA: O(1) amortised.\n'


@pytest.mark.parametrize("changed", [True, False])
async def test_e_on_a_shipped_card_edits_its_override_not_the_package(
    make_app: AppFactory, editor: FakeEditor, sample_home: Path, tmp_path: Path, changed: bool
) -> None:
    shipped = tmp_path / "no-shipped" / "bigo.md"  # the package's decks, as only_sample hides them
    shipped.write_text(SHIPPED_DECK)
    (sample_home / "decks" / "sample.md").unlink()
    override = sample_home / "decks" / "overrides" / "bigo.md"
    if changed:
        editor.change = lambda p: p.write_text(p.read_text().replace("O(1) a", "O(1), a"))
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        card = review_screen(app).card
        assert card is not None and card.source_root == "shipped"
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("space")
        await pilot.pause()
        assert ("O(1), amortised." if changed else "O(1) amortised.") in shown(app, "answer")
    [(opened, line)] = editor.opened
    assert opened == override and shipped.read_text() == SHIPPED_DECK
    fresh = review.get_card(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), card.id)
    if changed:
        assert override.read_text().splitlines()[line - 1] == "ID: b-append"
        assert (fresh.source_root, fresh.source_path) == ("user", "overrides/bigo.md")
    else:  # closed without a change: no override, so shipped updates keep arriving
        assert not override.exists() and fresh.source_root == "shipped"


async def test_s_suspends_the_card_and_moves_on(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        card = review_screen(app).card
        assert card is not None
        await pilot.press("s")
        await settle(app, pilot)
        nxt = review_screen(app).card
        assert nxt is not None and nxt.id != card.id
    store, settings = app.deps.store, app.deps.settings
    assert review.get_card(store, settings, at("2026-03-02T09:00:00Z"), card.id).suspended
    assert review.due_counts(store, settings, at("2026-03-02T09:00:00Z")).new == 4


async def test_o_writes_an_oops_note_for_the_card(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "o")
        await pilot.pause()
        assert isinstance(app.screen, OopsForm)
        app.screen.query_one("#oops-category").value = "misread"  # type: ignore[attr-defined]
        await pilot.press(*"said O(n) for append", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.revealed
    [entry] = oops.list_oops(app.deps.store)
    assert (entry.text, entry.category, entry.card_uid) == (
        "said O(n) for append",
        "misread",
        "s-list-append",
    )


async def test_a_database_error_is_a_message_and_the_session_goes_on(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.startswith("UPDATE cards"):
            raise sqlite3.OperationalError("database is locked")

    app = make_app(screen="review")
    messages: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        event.listen(app.deps.store.engine, "before_cursor_execute", locked)
        monkeypatch.setattr(app, "notify", lambda message, **kw: messages.append(message))
        card = review_screen(app).card
        await pilot.press("space", "3")
        await settle(app, pilot)
        assert review_screen(app).card == card and app.return_code is None
    assert messages and "locked" in messages[0] and "Traceback" not in messages[0]


async def test_an_empty_queue_goes_straight_to_the_summary(make_app: AppFactory) -> None:
    app = make_app(screen="review", scope=Scope(tags=("no-such-tag",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "All done for today" in text(app.screen.query_one("#headline"))
        assert "Reviewed   0 cards (0 again)" in summary_lines(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_typing_in_a_prompt_never_grades_the_card(make_app: AppFactory) -> None:
    """Typing into the Oops form never grades or reveals the card underneath."""
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"1234u")
        assert app.screen.query_one("#oops-text", Input).value == "1234u"
        await pilot.press("escape")
        await pilot.pause()
        assert not review_screen(app).revealed and review_screen(app).session.reviewed == 0
