"""The Oops List's kinds of mistake: each slug and the name the user sees."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "off-by-one": "off-by-one",
    "edge-case": "edge case",
    "wrong-pattern": "wrong pattern",
    "complexity": "complexity",
    "misread": "misread",
    "syntax-api": "syntax/API",
    "other": "other",
}
"""Slug -> the name the user sees."""
