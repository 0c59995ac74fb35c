"""Home: today's numbers, first-time advice, the keymap, the palette, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from drill import oops, review
from drill.errors import StoreError
from drill.review import Scope
from drill.tui import facts
from drill.tui.screens.browse import BrowseScreen
from drill.tui.screens.home import HomeScreen
from drill.tui.screens.review import ReviewScreen
from drill.tui.widgets.job_menu import JobMenu
from drill.tui.widgets.stat_tile import StatTile
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle, text


def tiles(screen: HomeScreen) -> dict[str, str]:
    return {
        str(tile.id).removeprefix("tile-"): text(tile.query_one(".value"))
        for tile in screen.query(StatTile)
    }


def jobs(screen: HomeScreen) -> list[str]:
    menu = screen.query_one(JobMenu)
    return [str(menu.get_option_at_index(i).prompt) for i in range(menu.option_count)]


async def test_a_first_time_user_sees_the_counts_and_what_to_do_next(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        assert tiles(screen) == {
            "new": "5",
            "review": "0",
            "learning": "0",
            "resolve": "0",
            "streak": "0",
            "oops": "0",
        }
        notice = text(screen.query_one("#notice"))
        assert notice.startswith("Welcome to drill. 5 cards in 1 deck are waiting. Press r")
        assert jobs(screen)[0].split() == ["r", "Review", "10", "minutes", "·", "5", "due"]


async def test_home_counts_streak_and_open_oops_after_some_work(make_app: AppFactory) -> None:
    app = make_app()
    store, settings = app.deps.store, app.deps.settings
    for day, grade in (("2026-03-01T09:00:00Z", 4), ("2026-03-02T08:00:00Z", 1)):
        card = review.next_card(store, settings, at(day), Scope())
        assert card is not None
        review.answer(store, settings, card.id, grade, at(day))
    oops.add(store, at("2026-03-02T08:30:00Z"), "mixed up heap order", "misread")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        values = tiles(screen)
        assert (values["streak"], values["oops"], values["learning"]) == ("2", "1", "1")
        assert "Welcome" not in text(screen.query_one("#notice"))
        assert any("Oops List  1 open" in job for job in jobs(screen))


async def test_r_opens_the_review_and_home_updates_on_return(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("space", "3", "escape")
        await settle(app, pilot)
        await pilot.press("enter")  # leave the summary
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert tiles(app.screen)["new"] == "4" and tiles(app.screen)["streak"] == "1"


async def test_the_users_keymap_remaps_keys_and_home_shows_them(
    make_app: AppFactory, sample_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (sample_home / "config.toml").write_text(
        '[keys]\n"home.review" = "n"\n"review.good" = "g"\n"review.nope" = "x"\n'
    )
    app = make_app()
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: messages.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert jobs(app.screen)[0].split()[:2] == ["n", "Review"]
        await pilot.press("r")  # no longer bound
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen)
        card = app.screen.card
        assert card is not None
        await pilot.press("space", "g")
        await settle(app, pilot)
    graded = review.get_card(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"), card.id)
    assert graded.state.repetitions == 1
    assert any("review.nope" in m for m in messages)


async def test_every_footer_action_is_in_the_command_palette(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Review (r)", "Problems (p)", "Oops (o)", "Browse (b)"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Browse (b", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BrowseScreen)


async def test_a_broken_deck_file_is_a_clear_message_not_a_traceback(
    make_app: AppFactory, sample_home: Path
) -> None:
    app = make_app()  # synced once while every file was good
    (sample_home / "decks" / "broken.md").write_text('+++\nname = "Broken"\n+++\nQ: no answer\n')
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen) and app.return_code is None
        notice = text(app.screen.query_one("#notice"))
        assert "A deck file is broken:" in notice and "broken.md:" in notice
        assert tiles(app.screen)["new"] == "5"  # the last good version is still there
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.card is not None


async def test_a_failing_database_read_is_a_message_on_home(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def corrupt(deps: object) -> None:
        raise StoreError("cannot open the database drill.db: file is not a database")

    monkeypatch.setattr(facts, "gather", corrupt)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen) and app.return_code is None
        assert "file is not a database" in text(app.screen.query_one("#notice"))
