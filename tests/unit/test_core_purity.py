"""drill/core stays pure: no Textual, SQLAlchemy, subprocess or clock (checked in a subprocess)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import drill.core

CORE = Path(drill.core.__file__).parent
MODULES = sorted(f"drill.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
FORBIDDEN = ("textual", "sqlalchemy", "subprocess", "alembic", "click")


def test_core_modules_import_nothing_forbidden() -> None:
    code = (
        "import sys\n"
        f"for name in {MODULES!r}: __import__(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert len(MODULES) >= 4


CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("time", "time_ns"),
}


def test_core_never_reads_the_clock() -> None:
    offenders = []
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in CLOCK_CALLS
            ):
                offenders.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "time":
                offenders.append(f"{path.name}:{node.lineno} from time import ...")
    assert offenders == []
