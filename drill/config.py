"""Where drill keeps its data, what time it is, and the user's settings (config.toml)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from drill.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """The shipped `decks` or `problems` folder: inside the wheel, or beside the package."""
    inside = PACKAGE_DIR / "_data" / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def now() -> datetime:
    """The current instant in UTC; `DRILL_NOW` (ISO-8601) overrides the clock everywhere."""
    raw = os.environ.get("DRILL_NOW")
    if not raw:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(
            f"DRILL_NOW={raw!r} is not an ISO-8601 instant; use e.g. 2026-01-31T09:00:00Z"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


@dataclass(frozen=True)
class ReviewSettings:
    """Anki-style session rules around SM-2."""

    new_per_day: int = 20
    max_reviews_per_day: int = 200
    rollover_hour: int = 4
    leech_lapses: int = 8
    session_minutes: int = 10


@dataclass(frozen=True)
class Settings:
    """Everything drill needs to know about where it runs; built once per process."""

    home: Path
    database_url: str
    timezone: tzinfo
    review: ReviewSettings = field(default_factory=ReviewSettings)
    keymap: dict[str, str] = field(default_factory=dict)
    editor: str | None = None
    extra_deck_dirs: tuple[Path, ...] = ()
    extra_problem_dirs: tuple[Path, ...] = ()

    @property
    def user_decks(self) -> Path:
        return self.home / "decks"

    @property
    def user_problems(self) -> Path:
        return self.home / "problems"

    @property
    def workspace(self) -> Path:
        return self.home / "workspace"

    @property
    def config_file(self) -> Path:
        return self.home / "config.toml"

    @cached_property
    def is_sqlite_file(self) -> bool:
        return (
            self.database_url.startswith("sqlite:///") and self.database_url != "sqlite:///:memory:"
        )

    def deck_dirs(self) -> list[Path]:
        """Shipped decks first, then the user's folder, then folders named with --decks."""
        return [shipped_dir("decks"), self.user_decks, *self.extra_deck_dirs]

    def problem_dirs(self) -> list[Path]:
        return [shipped_dir("problems"), self.user_problems, *self.extra_problem_dirs]


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("drill", appauthor=False))


def _local_timezone(name: str | None) -> tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"unknown time zone {name!r}; use an IANA name such as Europe/Paris"
            ) from None
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def load_settings(
    home: Path | str | None = None,
    decks: tuple[Path, ...] = (),
    problems: tuple[Path, ...] = (),
) -> Settings:
    """Resolve home (--home, DRILL_HOME, platform dir), the database URL and config.toml."""
    raw_home = home or os.environ.get("DRILL_HOME")
    home_path = Path(raw_home).expanduser() if raw_home else default_home()
    try:
        home_path.mkdir(parents=True, exist_ok=True)
        probe = home_path / ".drill-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        raise ConfigError(
            f"cannot write to drill's home {home_path}: {err.strerror}; "
            "set DRILL_HOME or --home to a writable folder"
        ) from None
    config_file = home_path / "config.toml"
    data: dict[str, object] = {}
    if config_file.exists():
        try:
            data = tomllib.loads(config_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"{config_file}: {err}; fix the file or remove it") from None
    review_data = data.get("review", {})
    if not isinstance(review_data, dict):
        raise ConfigError(f"{config_file}: [review] must be a table")
    try:
        review = ReviewSettings(**review_data)
    except TypeError as err:
        raise ConfigError(f"{config_file}: [review] {err}") from None
    url = os.environ.get("DRILL_DATABASE_URL") or f"sqlite:///{home_path / 'drill.db'}"
    keymap = data.get("keys", {})
    tz_name = os.environ.get("DRILL_TZ") or data.get("timezone")
    editor = data.get("editor")
    return Settings(
        home=home_path,
        database_url=url,
        timezone=_local_timezone(tz_name if isinstance(tz_name, str) else None),
        review=review,
        keymap={str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {},
        editor=editor if isinstance(editor, str) else None,
        extra_deck_dirs=tuple(Path(d) for d in decks),
        extra_problem_dirs=tuple(Path(d) for d in problems),
    )
