"""A flashcard's text as Markdown: the question, then (once revealed) the answer under a rule."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Rule

from drill.render import sides, unicode_math
from drill.review import CardView


def card_sides(card: CardView) -> tuple[str, str]:
    """(question, answer) Markdown for the terminal: cloze applied, $math$ as Unicode."""
    question, answer = sides(card.kind, card.ord, card.front, card.back)
    return unicode_math(question), unicode_math(answer)


class CardFace(VerticalScroll, can_focus=False):
    """The card in the middle of the Review screen; a cloze's back replaces its front."""

    DEFAULT_CSS = """
    CardFace {
        height: 1fr;
        padding: 1 2;
        & > Markdown { margin: 0; padding: 0; }
        & > Rule { margin: 0; color: $primary 50%; }
        & > .-hidden { display: none; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Markdown(id="question")
        yield Rule(id="divider", classes="-hidden")
        yield Markdown(id="answer", classes="-hidden")

    async def show(self, card: CardView, revealed: bool) -> None:
        question, answer = card_sides(card)
        cloze_back = revealed and card.kind == "cloze"
        await self.query_one("#question", Markdown).update(answer if cloze_back else question)
        await self.query_one("#answer", Markdown).update(answer if revealed else "")
        show_answer = revealed and not cloze_back
        self.query_one("#divider").set_class(not show_answer, "-hidden")
        self.query_one("#answer").set_class(not show_answer, "-hidden")
        self.scroll_home(animate=False)
