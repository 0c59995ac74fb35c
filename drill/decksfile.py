"""Append cards to the user's own deck files (Oops cards, Insights), keeping them parseable."""

from __future__ import annotations

import re
from pathlib import Path

from drill.core.cards import HEADING_RE, MARKER_RE
from drill.core.markup import fence_open


def escape_text(text: str) -> str:
    """Plain text made safe for a deck file: no marker, heading or fence lines, no stray math."""
    lines = []
    for line in text.strip().splitlines():
        if MARKER_RE.match(line) or HEADING_RE.match(line) or fence_open(line):
            line = "    " + line
        lines.append(re.sub(r"(?<!\\)\$", r"\\$", line))
    return "\n".join(lines)


def append_card(
    path: Path,
    deck_name: str,
    description: str,
    card_id: str,
    question: str,
    answer: str,
    tags: list[str],
    code: str | None = None,
) -> None:
    """Add one Q/A card at the end of a deck file, creating the file with front matter if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(
            f'+++\nname = "{deck_name}"\ndescription = "{description}"\ntags = []\n+++\n',
            encoding="utf-8",
        )
    safe_tags = [re.sub(r"[^A-Za-z0-9_:.+-]", "-", t).strip("-") for t in tags]
    block = [f"\nID: {card_id}"]
    if [t for t in safe_tags if t]:
        block.append("Tags: " + " ".join(t for t in safe_tags if t))
    block.append(f"Q: {escape_text(question)}")
    block.append(f"A: {escape_text(answer)}")
    if code:
        fence = "````" if "```" in code else "```"
        block.append(f"{fence}python\n{code.rstrip()}\n{fence}")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(block) + "\n")
