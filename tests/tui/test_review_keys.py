"""Anki's keys on the Review screen: Space/Enter = Good on the answer side, bury, undo of
this session's last step (answer, suspend, bury), study more, scrolling, the F1 panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from drill import review
from drill.review import ReviewSession, Scope
from drill.tui.app import DrillApp
from drill.tui.screens.keys import KeysScreen
from drill.tui.screens.review import ReviewScreen
from drill.tui.widgets.card_face import CardFace
from tests.conftest import at
from tests.tui.conftest import AppFactory, FakeEditor, settle

NOW = at("2026-03-02T09:00:00Z")


def review_screen(app: DrillApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), type(app.screen)
    return app.screen


@pytest.mark.parametrize("key", ["space", "enter"])
async def test_space_or_enter_on_the_answer_side_is_good(make_app: AppFactory, key: str) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press(key)  # reveal
        await settle(app, pilot)
        assert review_screen(app).revealed and review_screen(app).card == first
        await pilot.press(key)  # Good
        await settle(app, pilot)
        screen = review_screen(app)
        assert screen.card is not None and screen.card.id != first.id and not screen.revealed
    card = review.get_card(app.deps.store, app.deps.settings, NOW, first.id)
    assert (card.state.repetitions, card.state.easiness, card.reviews) == (1, 2.5, 1)  # q = 4


async def test_minus_buries_until_tomorrow_and_u_unburies(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    store, settings = app.deps.store, app.deps.settings
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press("minus")
        await settle(app, pilot)
        assert review_screen(app).card != first
        assert review.due_counts(store, settings, NOW).new == 4
        assert review.due_counts(store, settings, at("2026-03-03T09:00:00Z")).new == 5
        await pilot.press("u")
        await settle(app, pilot)
        again = review_screen(app).card
        assert again is not None and again.id == first.id
        assert review.due_counts(store, settings, NOW).new == 5


async def test_undo_right_after_suspend_unsuspends_that_card_not_an_earlier_grade(
    make_app: AppFactory,
) -> None:
    app = make_app(screen="review")
    store, settings = app.deps.store, app.deps.settings
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        graded = review_screen(app).card
        assert graded is not None
        await pilot.press("space", "3")
        await settle(app, pilot)
        suspended = review_screen(app).card
        assert suspended is not None and suspended.id != graded.id
        await pilot.press("s")
        await settle(app, pilot)
        assert review.get_card(store, settings, NOW, suspended.id).suspended
        await pilot.press("u")
        await settle(app, pilot)
        back = review_screen(app).card
        assert back is not None and back.id == suspended.id
    assert not review.get_card(store, settings, NOW, suspended.id).suspended
    kept = review.get_card(store, settings, NOW, graded.id)
    assert kept.reviews == 1 and kept.state.repetitions == 1  # the grade stays


async def test_u_on_a_new_day_has_nothing_to_undo(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(screen="review")
    store, settings = app.deps.store, app.deps.settings
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press("space", "3")
        await settle(app, pilot)
        # the session stays open past the 04:00 rollover: yesterday's answer is history
        monkeypatch.setenv("DRILL_NOW", "2026-03-03T09:00:00Z")
        await pilot.press("u")
        await settle(app, pilot)
    card = review.get_card(store, settings, at("2026-03-03T09:00:00Z"), first.id)
    assert card.reviews == 1 and card.state.repetitions == 1


async def test_plus_adds_ten_new_cards_today(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    store, settings = app.deps.store, app.deps.settings
    assert review.study_more(store, settings, NOW, 0) == 0
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("plus")
        await settle(app, pilot)
    assert review.study_more(store, settings, NOW, 0) == 10
    assert review.study_more(store, settings, at("2026-03-03T09:00:00Z"), 0) == 0


LONG = "\n".join(f"- line {i} of a long answer" for i in range(80))


async def test_a_long_answer_scrolls_with_the_keyboard(
    make_app: AppFactory, sample_home: Path
) -> None:
    deck = sample_home / "decks" / "long.md"
    deck.write_text(f'+++\nname = "Long"\n+++\n\nID: long-1\nQ: A long one?\nA: {LONG}\n')
    app = make_app(screen="review", scope=Scope(decks=("Long",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        face = app.screen.query_one(CardFace)
        assert face.max_scroll_y > 0 and face.scroll_y == 0
        await pilot.press("j", "down")
        await pilot.pause()
        after_lines = face.scroll_y
        assert after_lines > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert face.scroll_y > after_lines
        await pilot.press("k", "up", "pageup")
        await pilot.pause()
        assert face.scroll_y == 0


async def test_f1_opens_the_keys_panel_and_f1_or_esc_close_it(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        listing = str(app.screen.query_one(Static).render())
        assert "Bury" in listing or "until tomorrow" in listing
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # Esc closed the panel, not the session
        assert not review_screen(app).finished


def test_the_review_session_is_what_the_screen_drives(make_app: AppFactory) -> None:
    app = make_app(screen="review")
    session = ReviewSession(app.deps.store, app.deps.settings, lambda: NOW)
    card = session.next()
    assert card is not None
    labels = session.preview(card)
    shown = session.answer(card, review.Rating.EASY)
    assert labels[review.Rating.EASY] == "1d" and shown.card.due is not None
    assert session.undo() is not None and session.undo() is None


async def test_u_after_an_edit_puts_the_deck_file_back(
    make_app: AppFactory, editor: FakeEditor, sample_home: Path
) -> None:
    deck = sample_home / "decks" / "sample.md"
    original = deck.read_text()
    editor.change = lambda path: path.write_text(
        path.read_text().replace("so resizes are rare", "so resizes are RARE")
    )
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert "RARE" in deck.read_text()
        await pilot.press("u")
        await settle(app, pilot)
        card = review_screen(app).card
        assert card is not None and "RARE" not in card.back
    assert deck.read_text() == original


async def test_u_never_overwrites_a_later_change_to_the_file(
    make_app: AppFactory, editor: FakeEditor, sample_home: Path
) -> None:
    deck = sample_home / "decks" / "sample.md"
    editor.change = lambda path: path.write_text(path.read_text().replace("rare", "RARE"))
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        deck.write_text(deck.read_text() + "\nID: s-later\nQ: Added later?\nA: Yes.\n")
        await pilot.press("u")
        await settle(app, pilot)
    assert "RARE" in deck.read_text() and "s-later" in deck.read_text()


async def test_the_screen_stays_responsive_while_another_program_holds_the_database(
    make_app: AppFactory, sample_home: Path
) -> None:
    import sqlite3

    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press("space")
        await pilot.pause()
        blocker = sqlite3.connect(sample_home / "drill.db", isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another drill writing: answers must wait
        try:
            await pilot.press("3")  # the answer waits for the lock in a worker thread...
            await pilot.press("f1")  # ...while the screen still takes keys
            await pilot.pause()
            assert isinstance(app.screen, KeysScreen)
            assert review_screen_behind(app).busy  # and ignores grades until it's done
        finally:
            blocker.execute("COMMIT")
            blocker.close()
        await pilot.press("escape")
        await settle(app, pilot)
    card = review.get_card(app.deps.store, app.deps.settings, NOW, first.id)
    assert card.reviews == 1


def review_screen_behind(app: DrillApp) -> ReviewScreen:
    screen = app.screen_stack[-2]
    assert isinstance(screen, ReviewScreen)
    return screen


async def test_remapping_the_reveal_key_remaps_good_on_the_answer_side_too(
    make_app: AppFactory, sample_home: Path
) -> None:
    (sample_home / "config.toml").write_text('[keys]\n"review.reveal" = "x"\n')
    app = make_app(screen="review")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = review_screen(app).card
        assert first is not None
        await pilot.press("x")
        await settle(app, pilot)
        assert review_screen(app).revealed
        await pilot.press("x")
        await settle(app, pilot)
        assert review_screen(app).card != first
    card = review.get_card(app.deps.store, app.deps.settings, NOW, first.id)
    assert card.reviews == 1 and card.state.easiness == 2.5
