"""The plan file: the one shipped with drill (drill/data/plan.toml) or the user's own copy."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from drill.config import PACKAGE_DIR, Settings
from drill.core.plan import Plan, parse_plan
from drill.core.problems import ProblemMeta
from drill.errors import DrillError

SHIPPED_PLAN = PACKAGE_DIR / "data" / "plan.toml"


@cache
def shipped_plan() -> Plan:
    """The plan that comes with drill (its patterns are not checked against a bank here)."""
    return parse_plan(SHIPPED_PLAN.read_text(encoding="utf-8"), "plan.toml")


def plan_path(settings: Settings) -> Path:
    """The plan drill follows: the user's DRILL_HOME/plan.toml when there, else the shipped."""
    return settings.plan_file if settings.plan_file.is_file() else SHIPPED_PLAN


def load_plan(settings: Settings, metas: Iterable[ProblemMeta] | None = None) -> Plan:
    """The plan drill follows, checked against the bank's patterns when `metas` are given.

    A mistake in the user's copy is a PlanError naming the file and line (the CLI prints it
    as one line and exits 2)."""
    path = plan_path(settings)
    known = None if metas is None else {p for m in metas for p in m.patterns}
    if path == SHIPPED_PLAN and known is None:
        return shipped_plan()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        raise DrillError(f"{path}: cannot read the plan: {reason}") from None
    source = "plan.toml" if path == SHIPPED_PLAN else str(path)
    return parse_plan(text, source, known)


def init_plan(settings: Settings, force: bool = False) -> Path:
    """Copy the shipped plan to DRILL_HOME/plan.toml for the user to edit (never over theirs
    unless `force`)."""
    target = settings.plan_file
    if target.exists() and not force:
        raise DrillError(
            f"{target} already exists; edit it, or delete it to start again from the shipped plan"
        )
    shutil.copyfile(SHIPPED_PLAN, target)
    return target
