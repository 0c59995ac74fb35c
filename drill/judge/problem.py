"""Inside the sandbox: load a problem module and call solutions the way the contract says."""

from __future__ import annotations

import contextlib
import importlib.util
import random
import re
import sys
import traceback
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drill.core.names import camel
from drill.core.problems import (
    REQUIRED_CONSTANTS,
    REQUIRED_DEFINITIONS,
)
from drill.judge.shapes import (
    Kind,
    Shape,
    ShapeError,
    from_return,
    leetcode_globals,
    node_kinds,
    shape_of,
    to_call,
)
from drill.judge.shapes import find_solution as _find

__all__ = [
    "Kind",
    "camel",
    "find_solution",
    "from_return",
    "leetcode_globals",
    "node_kinds",
    "to_call",
]


# ---------------------------------------------------------------- the problem module


class ProblemBug(Exception):
    """The problem module itself is broken (a reference that raises, a strategy that errors)."""


@dataclass
class Problem:
    """A loaded problem module, with what the judge needs to call `reference` like a solution."""

    slug: str
    path: Path
    module: types.ModuleType
    function: str
    complexity: str
    reference: Any
    shape: Shape
    examples: list[tuple[dict[str, Any], Any]]
    check: Callable[..., Any] | None
    inputs: Callable[[], Any]
    large: Callable[[int, random.Random], dict[str, Any]]
    tolerance: float | None = None  # TOLERANCE: float answers within it; else exact
    any_sequence: bool = False  # ANY_SEQUENCE = True: a tuple answers for a list

    @property
    def is_class(self) -> bool:
        return self.shape.is_class

    @property
    def kinds(self) -> dict[str, Kind]:
        return self.shape.kinds


def load_problem(path: Path) -> Problem:
    """Import a problem module and read its contract (raises ProblemBug naming what is wrong)."""
    slug = path.stem
    name = "drill_problem_" + re.sub(r"\W", "_", slug)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ProblemBug(f"{path}: cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SystemExit as exc:  # a module that exits must not take the checker down with it
        raise ProblemBug(
            f"{_where(path, exc)}: importing the module called sys.exit({exc.code!r}); "
            "a problem module must only define things"
        ) from exc
    except Exception as exc:
        raise ProblemBug(
            f"{_where(path, exc)}: importing the module raised {one_line(exc)}"
        ) from exc
    missing = [n for n in (*REQUIRED_CONSTANTS, *REQUIRED_DEFINITIONS) if not hasattr(module, n)]
    if missing:
        raise ProblemBug(f"{path}: missing {', '.join(missing)}; see problems/README.md")
    reference = module.reference
    try:
        shape = shape_of(module, reference, str(module.FUNCTION))
    except (ShapeError, ValueError, TypeError) as exc:
        raise ProblemBug(f"{path}: {exc}") from exc
    examples = module.EXAMPLES
    if not isinstance(examples, list | tuple) or not all(
        isinstance(e, list | tuple) and len(e) == 2 and isinstance(e[0], dict) for e in examples
    ):
        raise ProblemBug(f"{path}: EXAMPLES must be a list of (kwargs dict, expected) pairs")
    return Problem(
        slug=slug,
        path=path,
        module=module,
        function=str(module.FUNCTION),
        complexity=str(module.COMPLEXITY),
        reference=reference,
        shape=shape,
        examples=[(dict(kw), exp) for kw, exp in examples],
        check=getattr(module, "check", None),
        inputs=module.inputs,
        large=module.large,
        tolerance=_tolerance(path, getattr(module, "TOLERANCE", None)),
        any_sequence=bool(getattr(module, "ANY_SEQUENCE", False)),
    )


def _tolerance(path: Path, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise ProblemBug(f"{path}: TOLERANCE must be a number between 0 and 1, like 1e-6")
    return float(value)


def _where(path: Path, exc: BaseException) -> str:
    if isinstance(exc, SyntaxError) and exc.lineno:
        return f"{path}:{exc.lineno}"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == str(path):
            return f"{path}:{frame.lineno}"
    return str(path)


def one_line(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


# ---------------------------------------------------------------- calling like a solution


def run_one(
    impl: Any,
    kwargs: dict[str, Any],
    problem: Problem,
    guard: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext,
) -> Any:
    """Call a solution (or the reference) on plain-data kwargs; plain data back.

    Only the calls into `impl` run inside `guard()` (the solution's own builtins).
    """
    return problem.shape.call(impl, kwargs, guard)


def find_solution(namespace: dict[str, Any], problem: Problem) -> tuple[Any, str] | None:
    """The user's implementation of `problem` in a module's namespace (see shapes.find_solution)."""
    return _find(namespace, problem.shape)
