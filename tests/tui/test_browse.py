"""Browse: decks and their cards, search, suspend and unsuspend."""

from __future__ import annotations

from textual.widgets import Markdown

from drill import review
from drill.tui.app import DrillApp
from drill.tui.screens.browse import BrowseScreen
from drill.tui.widgets.card_preview import CardPreview
from drill.tui.widgets.card_table import CardTable
from drill.tui.widgets.deck_table import DeckTable
from tests.conftest import at
from tests.tui.conftest import AppFactory, settle, text


def cards(app: DrillApp) -> list[str]:
    return [row.uid for row in app.screen.query_one(CardTable).rows_by_id.values()]


async def test_browse_lists_decks_and_cards_and_searches(make_app: AppFactory) -> None:
    app = make_app(screen="browse")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert app.screen.query_one(DeckTable).row_count == 2  # All decks, Sample
        assert len(cards(app)) == 5 and text(app.screen.query_one("#found")) == "5 cards"
        await pilot.press("slash", *"heappop")
        await settle(app, pilot)
        assert cards(app) == ["s-heap-code"]
        preview = app.screen.query_one(CardPreview).query_one(Markdown).source or ""
        assert "heapq.heappop(h)" in preview and "```python" in preview
        await pilot.press("escape")  # clears the search first
        await settle(app, pilot)
        assert len(cards(app)) == 5 and isinstance(app.screen, BrowseScreen)


async def test_s_suspends_and_unsuspends_the_highlighted_card(make_app: AppFactory) -> None:
    app = make_app(screen="browse")
    store, settings = app.deps.store, app.deps.settings
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one(CardTable)
        table.focus()
        await pilot.press("down")
        card = table.current
        assert card is not None and card.uid == "s-dict-in"
        await pilot.press("s")
        await settle(app, pilot)
        assert review.get_card(store, settings, at("2026-03-02T09:00:00Z"), card.id).suspended
        assert table.get_cell(str(card.id), "status") == "suspended"
        assert review.due_counts(store, settings, at("2026-03-02T09:00:00Z")).new == 4
        await pilot.press("s")
        await settle(app, pilot)
        assert not review.get_card(store, settings, at("2026-03-02T09:00:00Z"), card.id).suspended
        assert review.due_counts(store, settings, at("2026-03-02T09:00:00Z")).new == 5
