"""Text formatters every layer shares (the CLI, the TUI, the use cases' reports)."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """`m:ss` (or `h:mm:ss`) for a duration; negative durations show as 0:00."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
