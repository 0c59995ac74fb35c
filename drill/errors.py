"""Errors a user can cause, each printed as one clear line with the fix (never a traceback)."""

from __future__ import annotations


class DrillError(Exception):
    """An error the user can fix; the CLI prints `str(err)` and exits with `exit_code`."""

    exit_code = 2


class ConfigError(DrillError):
    """A bad setting: an unwritable home, a malformed config file, a bad DRILL_NOW."""


class StoreError(DrillError):
    """The database cannot be opened, is corrupt, or is newer than this drill."""


class NotFoundError(DrillError):
    """A deck, card, problem or Oops entry that does not exist."""


class NotEnoughDataError(DrillError):
    """Too little history for what was asked (fitting FSRS to a review log)."""

    exit_code = 1
