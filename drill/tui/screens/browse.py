"""The Browse screen: decks and their cards, search, suspend and unsuspend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Input, Label
from textual.worker import Worker, WorkerState

from drill import review
from drill.browse import CardPage, CardRow, find_cards
from drill.review import DeckRow
from drill.tui.context import Deps
from drill.tui.guard import USER_ERRORS, describe
from drill.tui.screens.base import DrillScreen
from drill.tui.widgets.card_preview import CardPreview
from drill.tui.widgets.card_table import CardTable
from drill.tui.widgets.deck_table import DeckTable

if TYPE_CHECKING:
    pass


class BrowseScreen(DrillScreen):
    """Pick a deck on the left, search on the right; `s` suspends or unsuspends a card."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", id="browse.search", tooltip="Search the cards"),
        Binding("s", "toggle_suspend", "Suspend/unsuspend", id="browse.suspend"),
        Binding("e", "edit", "Edit", id="browse.edit", tooltip="Open the card's deck file"),
        Binding("escape", "back", "Back", id="browse.back"),
    ]

    DEFAULT_CSS = """
    BrowseScreen {
        & #right { width: 1fr; }
        & #search { margin: 0 0; }
        & #found { color: $text-muted; padding: 0 1; height: 1; }
    }
    """

    @dataclass
    class Loaded(Message):
        decks: list[DeckRow] | None
        page: CardPage

    def __init__(self, deps: Deps) -> None:
        super().__init__(deps)
        self.deck: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield DeckTable(id="decks")
            with Vertical(id="right"):
                yield Input(placeholder="Search fronts, backs, tags (/)", id="search")
                yield Label("", id="found")
                yield CardTable(id="cards")
        yield CardPreview()
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.drill_app, "sync_count", self._reload_all, init=False)
        self._reload_all()

    def _reload_all(self) -> None:
        self.load(with_decks=True)

    def load(self, with_decks: bool = False) -> None:
        self._load(self.deck, self.query_one("#search", Input).value, with_decks)

    @work(
        thread=True,
        exclusive=True,
        group="browse",
        exit_on_error=False,
        description="Searching cards",
    )
    def _load(self, deck: str | None, text: str, with_decks: bool) -> None:
        decks = None
        if with_decks:
            decks = review.deck_rows(self.deps.store, self.deps.settings, self.deps.now())
        self.post_message(self.Loaded(decks, find_cards(self.deps.store, deck, text)))

    @on(Loaded)
    def _loaded(self, event: Loaded) -> None:
        if event.decks is not None:
            with self.prevent(DeckTable.Picked):
                self.query_one(DeckTable).show(event.decks)
        table = self.query_one(CardTable)
        table.show(event.page.rows)
        shown, total = len(event.page.rows), event.page.total
        more = f" (first {shown}; search to narrow)" if total > shown else ""
        self.query_one("#found", Label).update(f"{total} cards{more}")

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(describe(event.worker.error), severity="error", timeout=10)

    @on(DeckTable.Picked)
    def _picked(self, event: DeckTable.Picked) -> None:
        if event.deck != self.deck:
            self.deck = event.deck
            self.load()

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.load()

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one(CardTable).focus()

    @on(CardTable.Highlighted)
    async def _preview(self, event: CardTable.Highlighted) -> None:
        c = event.card
        preview = self.query_one(CardPreview)
        if c is None:
            await preview.show(None)
        else:
            where = f"{c.deck} · {c.status} · {c.source_path}:{c.source_line}"
            await preview.show(c.kind, c.ord, c.front, c.back, where)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus and search.value:
            search.value = ""
            return
        self.drill_app.back()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_suspend", "edit"):
            return None if self.query_one(CardTable).current is None else True
        return True

    def action_toggle_suspend(self) -> None:
        table = self.query_one(CardTable)
        card = table.current
        if card is None:
            return
        if card.removed:
            self.notify(
                "This card was removed from its deck file; put it back there to use it.",
                severity="warning",
            )
            return
        suspend = not card.suspended
        try:
            review.set_suspended(self.deps.store, card.id, suspend)
        except USER_ERRORS as err:
            self.notify(describe(err), severity="error", timeout=10)
            return
        updated = CardRow(
            **{**card.__dict__, "suspended": suspend, "leech": card.leech and suspend}
        )
        table.replace(updated)
        self.notify("Suspended." if suspend else "Unsuspended: it is back in the review queue.")

    def action_edit(self) -> None:
        card = self.query_one(CardTable).current
        if card is not None:
            self.drill_app.edit_card(card.source_root, card.source_path, card.source_line, card.uid)
