"""Small text formatters shared by screens: clock times, plurals, dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from drill.core.fmt import clock

__all__ = ["clock", "day", "plural", "tilde"]


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 card`, `2 cards`."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def day(value: date | None, today: date | None = None) -> str:
    """A due date as people say it: today, tomorrow, in 3d, or the ISO date."""
    if value is None:
        return "—"
    if today is not None:
        delta = (value - today).days
        if delta <= 0:
            return "today" if delta == 0 else "overdue"
        if delta == 1:
            return "tomorrow"
        if delta < 7:
            return f"in {delta}d"
    return value.isoformat()


def tilde(path: Path) -> str:
    """A path with the user's home folder written `~`, as people type it."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def clip(text: str, width: int) -> str:
    """One line of at most `width` characters, an ellipsis marking the cut."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(0, width - 1)] + "…"
