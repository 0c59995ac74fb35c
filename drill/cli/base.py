"""Shared plumbing for commands: the per-process context and one-line errors with exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from drill.errors import DrillError

if TYPE_CHECKING:
    from drill.config import Settings
    from drill.store.db import Store

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """What every command needs, built lazily so `drill --help` touches nothing."""

    home: str | None = None
    decks: tuple[Path | str, ...] = ()
    problems: tuple[Path, ...] = ()
    _settings: Settings | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from drill.config import load_settings

            self._settings = load_settings(self.home, decks=self.decks, problems=self.problems)
        return self._settings

    def store(self, sync: bool = True) -> Store:
        """The open store; on first use of a new database, the shipped decks are loaded."""
        if self._store is None:
            from drill.store.db import open_store

            self._store = open_store(self.settings)
            if sync and self._store.is_new:
                from drill.library import sync_decks

                sync_decks(self._store, self.settings)
        return self._store


pass_ctx = click.make_pass_decorator(AppContext)


def fail(message: str, code: int = 2) -> None:
    """Print one line to stderr and exit."""
    click.echo(f"drill: {message}", err=True)
    sys.exit(code)


class DrillGroup(click.Group):
    """A group whose errors are one clear line on stderr and exit code 2, never a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        argv = kwargs.get("args") or (args[0] if args else None) or []
        for position, arg in enumerate(argv, start=1):
            try:
                str(arg).encode("utf-8")
            except UnicodeEncodeError:
                shown = str(arg).encode("utf-8", "replace").decode("utf-8")
                fail(f"argument {position} ({shown!r}) is not valid UTF-8 text; retype it", 2)
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as err:
            click.echo(err.ctx.get_help() if err.ctx else str(err))
            sys.exit(0)
        except click.UsageError as err:
            hint = ""
            if err.ctx is not None:
                hint = f" (see `{err.ctx.command_path} --help`)"
            fail(f"{err.format_message()}{hint}", 2)
        except click.exceptions.Abort:
            click.echo("", err=True)
            sys.exit(130)
        except click.exceptions.Exit as err:
            sys.exit(err.exit_code)
        except click.ClickException as err:
            fail(err.format_message(), err.exit_code)
        except DrillError as err:
            fail(str(err), err.exit_code)
        except BrokenPipeError:
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("", err=True)
            sys.exit(130)
        except OSError as err:  # a full disk, a file that vanished, a permission
            where = f" ({err.filename})" if err.filename else ""
            fail(f"{err.strerror or err}{where}; nothing was changed by the failed step", 2)
        except Exception as err:
            if type(err).__module__.startswith("sqlalchemy"):  # locked, corrupt, unreachable
                reason = getattr(err, "orig", None) or err
                fail(
                    f"database error: {str(reason).splitlines()[0]}; the last step was rolled "
                    "back (check DRILL_DATABASE_URL, or that the database file is intact)",
                    2,
                )
            raise
        return None
