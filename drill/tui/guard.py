"""Errors a user can cause, turned into one-line messages for a toast instead of a traceback."""

from __future__ import annotations

from drill.errors import DrillError

USER_ERRORS: tuple[type[BaseException], ...] = (DrillError, OSError)
"""What a screen catches around a use case: a bad file, a broken database, a missing editor."""


def describe(err: BaseException) -> str:
    """One line that says what went wrong and, where drill knows it, how to fix it."""
    if isinstance(err, DrillError):
        return str(err)
    if isinstance(err, OSError):
        where = f" {err.filename}" if err.filename else ""
        return f"cannot use{where}: {err.strerror or err}"
    return f"{type(err).__name__}: {err}"
