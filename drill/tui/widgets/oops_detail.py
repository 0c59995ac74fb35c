"""One Oops entry in full: its text, the failing input with expected and actual output."""

from __future__ import annotations

from textual.markup import escape
from textual.widgets import Static

from drill.oops import OopsView


class OopsDetail(Static):
    """Under the Oops table; the counterexample is what makes an entry worth revisiting."""

    DEFAULT_CSS = """
    OopsDetail {
        height: auto; max-height: 8; border-top: solid $warning 50%; padding: 0 1;
    }
    """

    def show(self, entry: OopsView | None) -> None:
        if entry is None:
            self.update("[dim]Nothing selected. Press a to write an entry.[/dim]")
            return
        lines = [f"[b]#{entry.id}[/b] {escape(entry.text)}"]
        where = [entry.category_name]
        if entry.problem_title:
            where.append(escape(entry.problem_title))
        if entry.verdict:
            where.append(entry.verdict.replace("_", " "))
        if entry.card_uid:
            where.append(f"card {escape(entry.card_uid)}")
        if entry.resolved_at:
            where.append(f"resolved {entry.resolved_at.date().isoformat()}")
        lines.append("[dim]" + " · ".join(where) + "[/dim]")
        ce = entry.counterexample
        if ce:
            lines.append(f"input    {escape(str(ce.get('input', '')))}")
            lines.append(f"expected {escape(str(ce.get('expected', '')))}")
            lines.append(f"got      {escape(str(ce.get('got', '')))}")
        self.update("\n".join(lines))
