"""Where drill keeps its data, what time it is, and the user's settings (config.toml)."""

from __future__ import annotations

import difflib
import os
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec
from msgspec import Meta

from drill.core.days import study_day
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
    if not 1970 <= value.year <= 9000:
        raise ConfigError(
            f"DRILL_NOW={raw!r} is out of range; use an instant between 1970 and 9000"
        )
    return value.astimezone(UTC)


class ReviewSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Anki-style session rules around the scheduler: `[review]` in config.toml."""

    new_per_day: Annotated[int, Meta(ge=0, le=9999)] = 20
    max_reviews_per_day: Annotated[int, Meta(ge=0, le=99999)] = 200
    rollover_hour: Annotated[int, Meta(ge=0, le=23)] = 4
    leech_lapses: Annotated[int, Meta(ge=1, le=99)] = 8
    session_minutes: Annotated[int, Meta(ge=1, le=600)] = 10
    scheduler: Literal["sm2", "fsrs"] = "sm2"
    desired_retention: Annotated[float, Meta(ge=0.7, le=0.99)] = 0.9
    new_order: Literal["round-robin", "deck"] = "round-robin"
    new_review_order: Literal["mix", "reviews-first", "new-first"] = "mix"
    new_per_deck: Annotated[int, Meta(ge=0, le=9999)] = 0
    """Each deck's own cap on new cards a day (0: only `new_per_day`)."""
    deck_new_per_day: dict[str, Annotated[int, Meta(ge=0, le=9999)]] = {}
    """Per-deck caps by deck name, beside `new_per_deck`."""

    def deck_limit(self, deck: str) -> int | None:
        if deck in self.deck_new_per_day:
            return self.deck_new_per_day[deck]
        return self.new_per_deck or None


class JudgeSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The judge's budget and the sandbox's limits: `[judge]` in config.toml."""

    examples: Annotated[int, Meta(ge=1, le=100000)] = 150
    wall_seconds: Annotated[float, Meta(gt=0, le=3600)] = 30.0
    cpu_seconds: Annotated[int, Meta(ge=1, le=3600)] = 20
    call_seconds: Annotated[float, Meta(gt=0, le=600)] = 1.0
    load_seconds: Annotated[float, Meta(gt=0, le=600)] = 3.0
    growth_seconds: Annotated[float, Meta(gt=0, le=600)] = 2.5
    memory_mib: Annotated[int, Meta(ge=64, le=65536)] = 1024
    file_mib: Annotated[int, Meta(ge=1, le=65536)] = 16
    output_kib: Annotated[int, Meta(ge=1, le=1048576)] = 1024
    processes: Annotated[int, Meta(ge=1, le=4096)] = 32


class PracticeSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The practice session: `[practice]` in config.toml."""

    show_patterns: bool = False
    """Show a problem's pattern tags before it is solved (they give the approach away)."""


class GoalSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The study plan's targets, shown as progress bars on Home: `[goals]` in config.toml."""

    solves: Annotated[int, Meta(ge=1, le=100000)] = 300
    """Problems solved (accepted at least once)."""
    mature_cards: Annotated[int, Meta(ge=1, le=10000000)] = 150
    streak_days: Annotated[int, Meta(ge=1, le=36500)] = 30
    median_solve_minutes: Annotated[float, Meta(gt=0, le=600)] = 13.0
    medium_share: Annotated[float, Meta(ge=0, le=1)] = 0.6
    """The share of solved problems that should be medium; `hard_share` likewise."""
    hard_share: Annotated[float, Meta(ge=0, le=1)] = 0.15
    weekly_solves: Annotated[int, Meta(ge=1, le=1000)] = 12
    """Problems to solve each week: the weekly recap's "solved 9/12"."""


class PlanSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Where the user is in the study plan: `[plan]` in config.toml."""

    start: date | None = None
    """The day week 1 of the plan starts (`start = 2026-01-05`); None: no plan followed."""


class FileConfig(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The whole of config.toml, as typed and range-checked values."""

    timezone: str | None = None
    editor: str | None = None
    review: ReviewSettings = ReviewSettings()
    judge: JudgeSettings = JudgeSettings()
    practice: PracticeSettings = PracticeSettings()
    goals: GoalSettings = GoalSettings()
    plan: PlanSettings = PlanSettings()
    keys: dict[str, str] = {}
    decks: dict[str, str] = {}


@dataclass(frozen=True)
class Settings:
    """Everything drill needs to know about where it runs; built once per process."""

    home: Path
    database_url: str
    timezone: tzinfo
    review: ReviewSettings = field(default_factory=ReviewSettings)
    judge: JudgeSettings = field(default_factory=JudgeSettings)
    practice: PracticeSettings = field(default_factory=PracticeSettings)
    goals: GoalSettings = field(default_factory=GoalSettings)
    plan: PlanSettings = field(default_factory=PlanSettings)
    keymap: dict[str, str] = field(default_factory=dict)
    editor: str | None = None
    deck_roots: tuple[tuple[str, Path], ...] = ()
    """Named deck folders beyond the shipped and user ones: `[decks]` and `--decks NAME=DIR`."""
    extra_problem_dirs: tuple[Path, ...] = ()
    config_warnings: tuple[str, ...] = ()

    def today(self, instant: datetime) -> date:
        """The study day `instant` falls on: the user's time zone and rollover hour."""
        return study_day(instant, self.timezone, self.review.rollover_hour)

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

    @property
    def plan_file(self) -> Path:
        """The user's own copy of the plan (`drill today --init-plan`); it wins when there."""
        return self.home / "plan.toml"

    @cached_property
    def machine(self) -> str:
        """This home's id (DRILL_HOME/machine-id), made once: what one machine synced and
        answered is told apart from another's when several share one database."""
        path = self.home / "machine-id"
        try:
            value = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            value = ""
        if len(value) != 32 or not value.isalnum():
            import uuid

            value = uuid.uuid4().hex
            tmp = path.with_name(f".machine-id.{os.getpid()}")
            tmp.write_text(value + "\n", encoding="ascii")
            os.replace(tmp, path)
        return value

    @cached_property
    def is_sqlite_file(self) -> bool:
        return (
            self.database_url.startswith("sqlite:///") and self.database_url != "sqlite:///:memory:"
        )

    @property
    def extra_deck_dirs(self) -> tuple[Path, ...]:
        return tuple(path for _, path in self.deck_roots)

    def named_deck_dirs(self) -> list[tuple[str, Path]]:
        """(root name, folder): shipped decks first, then the user's, then the named ones.

        A deck file is known in the store by its root's name and its path inside it, so the
        same files at different places on two machines are the same files."""
        return [("shipped", shipped_dir("decks")), ("user", self.user_decks), *self.deck_roots]

    def deck_dirs(self) -> list[Path]:
        return [path for _, path in self.named_deck_dirs()]

    @property
    def judge_examples(self) -> int:
        """Generated inputs per judgement: `[judge] examples`, or DRILL_JUDGE_EXAMPLES (tests)."""
        raw = os.environ.get("DRILL_JUDGE_EXAMPLES", "")
        return int(raw) if raw.isdigit() and int(raw) > 0 else self.judge.examples

    def judge_limits(self) -> Any:
        """The sandbox's Limits from `[judge]` (imported lazily: the judge is heavy)."""
        from drill.judge.sandbox import Limits

        j = self.judge
        return Limits(
            wall_s=j.wall_seconds,
            cpu_s=j.cpu_seconds,
            call_s=j.call_seconds,
            load_s=j.load_seconds,
            growth_s=j.growth_seconds,
            memory_bytes=j.memory_mib << 20,
            file_bytes=j.file_mib << 20,
            output_bytes=j.output_kib << 10,
            nproc=j.processes,
        )

    def problem_dirs(self) -> list[Path]:
        return [shipped_dir("problems"), self.user_problems, *self.extra_problem_dirs]


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("drill", appauthor=False))


def _local_timezone(name: str | None) -> tzinfo:
    if name:
        if "\0" in name or name.startswith("/") or ".." in name:
            raise ConfigError(f"unknown time zone {name!r}; use an IANA name such as Europe/Paris")
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"unknown time zone {name!r}; use an IANA name such as Europe/Paris"
            ) from None
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def _describe_allowed(annotation: Any) -> str:
    """What a config value may be, in words, from its type and range."""
    info = msgspec.inspect.type_info(annotation)
    if isinstance(info, msgspec.inspect.IntType | msgspec.inspect.FloatType):
        kind = "a whole number" if isinstance(info, msgspec.inspect.IntType) else "a number"
        if info.ge is not None and info.le is not None:
            return f"{kind} from {info.ge} to {info.le}"
        if info.gt is not None and info.le is not None:
            return f"{kind} above {info.gt} and at most {info.le}"
        return kind
    if isinstance(info, msgspec.inspect.LiteralType):
        return "one of " + ", ".join(repr(v) for v in info.values)
    if isinstance(info, msgspec.inspect.UnionType):
        if any(isinstance(t, msgspec.inspect.DateType) for t in info.types):
            return "a date, e.g. 2026-01-05"
        return "a string"
    if isinstance(info, msgspec.inspect.BoolType):
        return "true or false"
    if isinstance(info, msgspec.inspect.DictType):
        if isinstance(info.value_type, msgspec.inspect.IntType):
            v = info.value_type
            return f"a table of whole numbers from {v.ge} to {v.le}"
        return "a table of strings"
    if isinstance(info, msgspec.inspect.StructType):
        return "a table"
    return "a string" if isinstance(info, msgspec.inspect.StrType) else str(annotation)


def _field_type(path: list[str]) -> Any:
    """The annotation of a dotted key of config.toml, or None."""
    hints: Any = FileConfig
    for part in path:
        if not (isinstance(hints, type) and issubclass(hints, msgspec.Struct)):
            return None
        annotations = msgspec.structs.fields(hints)
        match = [f for f in annotations if f.name == part]
        if not match:
            return None
        hints = match[0].type
    return hints


def _drop_unknown(
    data: dict[str, Any], schema: type[msgspec.Struct], where: str, warnings: list[str]
) -> dict[str, Any]:
    """A copy of `data` without keys the schema lacks, each named in a warning."""
    fields = {f.name: f.type for f in msgspec.structs.fields(schema)}
    kept: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields:
            close = difflib.get_close_matches(key, list(fields), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            warnings.append(f"unknown key `{where}{key}` is ignored{hint}")
            continue
        sub = fields[key]
        if isinstance(value, dict) and isinstance(sub, type) and issubclass(sub, msgspec.Struct):
            value = _drop_unknown(value, sub, f"{where}{key}.", warnings)
        kept[key] = value
    return kept


def read_config(path: Path) -> tuple[FileConfig, list[str]]:
    """config.toml as typed values, and warnings for keys drill doesn't know.

    A type or range mistake raises ConfigError naming the file, the key, the bad value and
    what is allowed."""
    if not path.exists():
        return FileConfig(), []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: {err}; fix the file or remove it") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror}") from None
    warnings: list[str] = []
    data = _drop_unknown(data, FileConfig, "", warnings)
    try:
        config = msgspec.convert(data, FileConfig)
    except msgspec.ValidationError as err:
        message = str(err)
        location = message.rsplit(" - at `$", 1)[-1].rstrip("`") if " - at `$" in message else ""
        keys = [k for k in location.replace("[", ".").replace("]", "").split(".") if k]
        keys = [k.strip("'\"") for k in keys]
        value: Any = data
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        annotation = _field_type(keys)
        allowed = _describe_allowed(annotation) if annotation is not None else message
        dotted = ".".join(keys) or "(top level)"
        shown = value.isoformat() if isinstance(value, date) else repr(value)
        raise ConfigError(f"{path}: `{dotted}` = {shown} is not allowed: use {allowed}") from None
    goals = config.goals
    if goals.medium_share + goals.hard_share > 1:
        raise ConfigError(
            f"{path}: `goals.medium_share` + `goals.hard_share` = "
            f"{goals.medium_share + goals.hard_share:g} is not allowed: the two shares may add "
            "up to 1 at most"
        )
    return config, warnings


def _deck_root(raw: str, origin: str) -> tuple[str, Path]:
    """`NAME=DIR` or `DIR` (named after its folder) as a (root name, folder) pair."""
    name, sep, folder = raw.partition("=")
    if not sep:
        name, folder = "", raw
    path = Path(folder).expanduser()
    name = name.strip() or path.resolve().name or "decks"
    if name in ("shipped", "user") or not name.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(
            f"{origin}: deck root name {name!r} is not allowed; use letters, digits, - and _ "
            "(and not `shipped` or `user`)"
        )
    return name, path


def load_settings(
    home: Path | str | None = None,
    decks: tuple[Path | str, ...] = (),
    problems: tuple[Path, ...] = (),
) -> Settings:
    """Resolve home (--home, DRILL_HOME, platform dir), the database URL and config.toml.

    Unknown keys in config.toml are named on stderr with a "did you mean", once."""
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
    file_config, warnings = read_config(config_file)
    for warning in warnings:
        print(f"drill: {config_file}: {warning}", file=sys.stderr)
    url = os.environ.get("DRILL_DATABASE_URL") or f"sqlite:///{home_path / 'drill.db'}"
    tz_name = os.environ.get("DRILL_TZ") or file_config.timezone
    roots: dict[str, Path] = {}
    for name, folder in file_config.decks.items():
        key, path = _deck_root(f"{name}={folder}", f"{config_file}: [decks]")
        roots[key] = path
    for raw in decks:
        key, path = _deck_root(str(raw), "--decks")
        roots[key] = path
    return Settings(
        home=home_path,
        database_url=url,
        timezone=_local_timezone(tz_name),
        review=file_config.review,
        judge=file_config.judge,
        practice=file_config.practice,
        goals=file_config.goals,
        plan=file_config.plan,
        keymap=dict(file_config.keys),
        editor=file_config.editor,
        deck_roots=tuple(roots.items()),
        extra_problem_dirs=tuple(Path(d) for d in problems),
        config_warnings=tuple(warnings),
    )
