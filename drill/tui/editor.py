"""Open a file at a line in the user's editor (config `editor`, $VISUAL, $EDITOR, then vi)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

from textual.app import App, SuspendNotSupported

from drill.config import Settings
from drill.errors import ConfigError
from drill.tui.context import Deps, EditorRunner
from drill.tui.guard import USER_ERRORS, describe

_GOTO_FLAG = {"code": "--goto", "code-insiders": "--goto", "codium": "--goto", "cursor": "--goto"}
_PATH_COLON = {"subl", "zed", "hx", "helix", "kak"}


def editor_command(settings: Settings, path: Path, line: int) -> list[str]:
    """The argv that opens `path` at `line` and waits until the editor is closed."""
    raw = settings.editor or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    argv = shlex.split(raw)
    if not argv:
        raise ConfigError("the editor setting is empty; set `editor` in config.toml or $EDITOR")
    name = Path(argv[0]).name
    line = max(1, line)
    if name in _GOTO_FLAG:
        wait = [] if "--wait" in argv or "-w" in argv else ["--wait"]
        return [*argv, *wait, _GOTO_FLAG[name], f"{path}:{line}"]
    if name in _PATH_COLON:
        wait = ["--wait"] if name == "subl" and "--wait" not in argv else []
        return [*argv, *wait, f"{path}:{line}"]
    return [*argv, f"+{line}", str(path)]


def run_editor(settings: Settings, path: Path, line: int) -> None:
    """Run the editor in the foreground; a missing editor is a clear ConfigError."""
    argv = editor_command(settings, path, line)
    if shutil.which(argv[0]) is None:
        raise ConfigError(
            f"editor {argv[0]!r} not found; set `editor` in config.toml or $EDITOR to one you have"
        )
    subprocess.run(argv, check=False)


def edit_suspended(app: App[Any], deps: Deps, path: Path, line: int) -> str | None:
    """Run the editor with the app suspended (the terminal is the editor's meanwhile); returns
    what went wrong, or None. Headless (tests), the injected editor runs in place."""
    runner: EditorRunner = deps.editor or (lambda p, n: run_editor(deps.settings, p, n))
    failure: BaseException | None = None
    try:
        with app.suspend():
            try:  # App.suspend does not resume the terminal if the body raises
                runner(path, line)
            except USER_ERRORS as err:
                failure = err
    except SuspendNotSupported:
        try:
            runner(path, line)
        except USER_ERRORS as err:
            failure = err
    return describe(failure) if failure is not None else None
