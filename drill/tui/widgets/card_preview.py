"""A card's question and answer as Markdown, for Browse's preview pane."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from drill.render import sides, unicode_math


class CardPreview(VerticalScroll, can_focus=False):
    """Shows both sides at once, separated by a rule."""

    DEFAULT_CSS = """
    CardPreview {
        height: 8; border-top: solid $primary 40%; padding: 0 1;
        & > Markdown { margin: 0; padding: 0; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Markdown()

    async def show(
        self, kind: str | None, ord: int = 0, front: str = "", back: str = "", where: str = ""
    ) -> None:
        if kind is None:
            await self.query_one(Markdown).update("*No card selected.*")
            return
        question, answer = sides(kind, ord, front, back)
        text = f"{unicode_math(question)}\n\n---\n\n{unicode_math(answer)}"
        if where:
            text += f"\n\n`{where}`"
        await self.query_one(Markdown).update(text)
        self.scroll_home(animate=False)
