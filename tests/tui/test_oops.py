"""The Oops List screen: add, filter, resolve, turn into a card, export to Markdown."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Select

from drill import oops, review
from drill.tui.app import DrillApp
from drill.tui.screens.oops import OopsScreen
from drill.tui.widgets.oops_form import OopsForm
from drill.tui.widgets.oops_table import OopsTable
from drill.tui.widgets.text_prompt import TextPrompt
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle, text


def listed(app: DrillApp) -> list[str]:
    return [e.text for e in app.screen.query_one(OopsTable).entries.values()]


async def test_add_then_resolve_an_entry(make_app: AppFactory) -> None:
    app = make_app(screen="oops")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, OopsScreen) and listed(app) == []
        assert "a adds your own" in text(app.screen.query_one("#count"))
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, OopsForm)
        form.query_one("#oops-category", Select).value = "off-by-one"
        form.query_one("#oops-problem", Select).value = "biggest-value"
        await pilot.press(*"loop stopped one short", "enter")
        await settle(app, pilot)
        assert listed(app) == ["loop stopped one short"]
        [entry] = oops.list_oops(app.deps.store)
        assert (entry.category, entry.problem) == ("off-by-one", "biggest-value")

        await pilot.press("r")
        await settle(app, pilot)
        assert listed(app) == []
        [done] = oops.list_oops(app.deps.store, include_resolved=True)
        assert done.resolved_at == at("2026-03-02T09:00:00Z")
        app.screen.query_one("#resolved", Checkbox).value = True
        await settle(app, pilot)
        assert listed(app) == ["loop stopped one short"]
        assert not app.screen.check_action("resolve", ())


async def test_filter_by_category_and_problem(make_app: AppFactory) -> None:
    app = make_app(screen="oops")
    store = app.deps.store
    app.problem_metas()  # problems must be known before an entry can name one
    oops.add(store, at("2026-03-01T09:00:00Z"), "missed empty input", "edge case", "biggest-value")
    oops.add(store, at("2026-03-01T09:00:00Z"), "used a list as a queue", "complexity")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert len(listed(app)) == 2
        app.screen.query_one("#category", Select).value = "complexity"
        await settle(app, pilot)
        assert listed(app) == ["used a list as a queue"]
        app.screen.query_one("#category", Select).clear()
        app.screen.query_one("#problem", Select).value = "biggest-value"
        await settle(app, pilot)
        assert listed(app) == ["missed empty input"]


async def test_an_entry_becomes_a_card_and_the_list_exports_to_markdown(
    make_app: AppFactory, sample_home: Path
) -> None:
    app = make_app(screen="oops")
    oops.add(app.deps.store, at("2026-03-01T09:00:00Z"), "heap pops the smallest", "misread")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press("enter")  # the suggested path
        await settle(app, pilot)
    deck = sample_home / "decks" / "oops.md"
    assert "ID: oops-1" in deck.read_text()
    decks = {
        r.name: r.cards
        for r in review.deck_rows(app.deps.store, app.deps.settings, at("2026-03-02T09:00:00Z"))
    }
    assert decks["Oops"] == 1
    exported = sample_home / "exports" / "oops-2026-03-02.md"
    assert exported.read_text().startswith("# Oops List")
    assert "heap pops the smallest" in exported.read_text()


async def test_shift_r_resolves_every_open_entry_of_the_problem(make_app: AppFactory) -> None:
    app = make_app(screen="oops")
    store = app.deps.store
    app.problem_metas()
    for text_ in ("missed empty input", "off by one at the end"):
        oops.add(store, at("2026-03-01T09:00:00Z"), text_, "edge case", "biggest-value")
    oops.add(store, at("2026-03-01T09:00:00Z"), "used a list as a queue", "complexity")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one(OopsTable)
        for _ in range(3):  # to a row of the problem
            if table.current is not None and table.current.problem == "biggest-value":
                break
            await pilot.press("down")
            await pilot.pause()
        await pilot.press("R")
        await settle(app, pilot)
        assert listed(app) == ["used a list as a queue"]
    assert [e.text for e in oops.list_oops(store)] == ["used a list as a queue"]
