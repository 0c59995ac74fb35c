"""`drill problems check`, inside a worker: load each module and exercise its contract."""

from __future__ import annotations

import copy
import math
import random
import re
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drill.core.problems import (
    about_n,
    flat_size,
    literal,
    magnitudes,
    values_equal,
)
from drill.judge.problem import Problem, ProblemBug, load_problem, one_line, run_one
from drill.judge.wire import Send

# ---------------------------------------------------------------- `drill problems check`


def _line_of(path: Path, name: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    pattern = re.compile(rf"^(def |class )?{re.escape(name)}\b")
    for i, line in enumerate(lines, 1):
        if pattern.match(line):
            return i
    return None


class _ModuleTimeout(BaseException):
    pass


def check_module(path: Path, samples: int = 60) -> list[tuple[int | None, str]]:
    """Run a problem module's own parts against each other; (line, message) for each fault."""
    errors: list[tuple[int | None, str]] = []

    def add(name: str | None, message: str) -> None:
        errors.append((_line_of(path, name) if name else None, message))

    try:
        problem = load_problem(path)
    except ProblemBug as exc:
        text = str(exc)
        match = re.match(rf"^{re.escape(str(path))}:(\d+): (.*)$", text, re.S)
        if match:
            errors.append((int(match.group(1)), match.group(2)))
        else:
            errors.append((None, text.removeprefix(f"{path}: ")))
        return errors
    if not callable(problem.reference):
        add("reference", "reference must be a function or a class")
        return errors

    def ok(kwargs: Any, expected: Any, got: Any) -> bool:
        if problem.check is None:
            return values_equal(
                expected, got, tolerance=problem.tolerance, any_sequence=problem.any_sequence
            )
        return bool(problem.check(copy.deepcopy(kwargs), expected, got))

    for i, (kwargs, expected) in enumerate(problem.examples):
        try:
            got = run_one(problem.reference, copy.deepcopy(kwargs), problem)
        except Exception as exc:
            add("EXAMPLES", f"the reference raises {one_line(exc)} on EXAMPLES[{i}]; fix it")
            continue
        try:
            if not ok(kwargs, expected, got):
                add(
                    "EXAMPLES",
                    f"EXAMPLES[{i}] expects {literal(expected, 200)} but the reference returns "
                    f"{literal(got, 200)}; fix the example or the reference",
                )
            elif problem.check is not None and not ok(kwargs, got, got):
                add("check", f"check() rejects the reference's own answer on EXAMPLES[{i}]")
        except Exception as exc:
            add("check", f"check() raised {one_line(exc)} on EXAMPLES[{i}]")
    errors += _check_strategy(problem, samples)
    errors += _check_large(problem)
    return errors


def _check_strategy(problem: Problem, samples: int) -> list[tuple[int | None, str]]:
    from hypothesis import HealthCheck, Phase, given, seed, settings

    path = problem.path
    found: list[tuple[int | None, str]] = []
    try:
        strategy = problem.inputs()
    except Exception as exc:
        return [(_line_of(path, "inputs"), f"inputs() raised {one_line(exc)}")]

    class Found(Exception):
        pass

    def case(kwargs: Any) -> None:
        if not isinstance(kwargs, dict):
            raise Found("inputs", f"inputs() drew {literal(kwargs, 200)}; draw kwargs dicts")
        try:
            got = run_one(problem.reference, copy.deepcopy(kwargs), problem)
        except Exception as exc:
            raise Found(
                "reference", f"the reference raises {one_line(exc)} on {literal(kwargs, 300)}"
            ) from exc
        if problem.check is not None:
            try:
                good = problem.check(copy.deepcopy(kwargs), got, got)
            except Exception as exc:
                raise Found(
                    "check", f"check() raised {one_line(exc)} on {literal(kwargs, 300)}"
                ) from exc
            if not good:
                raise Found(
                    "check", f"check() rejects the reference's own answer on {literal(kwargs, 300)}"
                )

    test: Callable[[], None] = settings(
        max_examples=samples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.generate, Phase.shrink),
        report_multiple_bugs=False,
    )(seed(0xD811)(given(strategy)(case)))  # type: ignore[no-untyped-call]
    try:
        test()
    except Found as exc:
        name, message = exc.args
        found.append((_line_of(path, name), message))
    except _ModuleTimeout:
        raise
    except Exception as exc:
        found.append((_line_of(path, "inputs"), f"inputs() fails: {one_line(exc)}"))
    return found


def _check_large(problem: Problem) -> list[tuple[int | None, str]]:
    line = _line_of(problem.path, "large")
    sizes: dict[int, tuple[int, list[int]]] = {}
    took: dict[int, float] = {}
    for n in (1000, 4000):
        try:
            first = problem.large(n, random.Random(n))
            again = problem.large(n, random.Random(n))
        except Exception as exc:
            return [(line, f"large({n}, rng) raised {one_line(exc)}")]
        if not isinstance(first, dict):
            return [(line, f"large(n, rng) must return a kwargs dict, not {type(first).__name__}")]
        if first != again:
            return [(line, "large(n, rng) is not deterministic: use only the rng it is given")]
        sizes[n] = (flat_size(first), magnitudes(first))
        best = math.inf
        for _ in range(3):
            start = time.perf_counter()
            try:
                run_one(problem.reference, copy.deepcopy(first), problem)
            except Exception as exc:
                return [(line, f"the reference raises {one_line(exc)} on large({n})")]
            best = min(best, time.perf_counter() - start)
        if best > 0.5:
            return [
                (line, f"the reference takes {best:.2f} s on large({n}); keep it well under 0.2 s")
            ]
        took[n] = best
    if sizes[4000][0] > 8 * 4000:
        return [(line, f"large(4000) has {sizes[4000][0]} values; keep it about n in size")]
    # About n: n values, or an integer argument of about n (an amount, a count), or at least
    # reference work that grows with n (backtracking and dense-graph problems scale the work).
    # An O(1) problem (a 32-bit integer in, one out) has nothing to grow.
    if problem.complexity.replace(" ", "") == "O(1)":
        return []
    if about_n(1000, *sizes[1000]) and about_n(4000, *sizes[4000]):
        return []
    if took[4000] >= 1.5 * took[1000] and took[4000] > 20e-6:
        return []
    return [
        (
            line,
            f"large(n) is not about n in size: {sizes[1000][0]} values at n=1000 and "
            f"{sizes[4000][0]} at n=4000, and the reference's time does not grow with n; "
            "make the input (or an integer argument) grow linearly with n",
        )
    ]


def check_main(cfg: dict[str, Any], send: Send) -> None:
    timeout = int(cfg.get("module_timeout_s", 30))

    def on_alarm(signum: int, frame: Any) -> None:
        raise _ModuleTimeout()

    signal.signal(signal.SIGALRM, on_alarm)
    for raw in cfg["paths"]:
        path = Path(raw)
        signal.alarm(timeout)
        try:
            errors = check_module(path, int(cfg.get("samples", 60)))
        except _ModuleTimeout:
            errors = [(None, f"checking took over {timeout} s (an endless loop in the module?)")]
        except Exception as exc:
            errors = [(None, f"checking crashed: {one_line(exc)}")]
        finally:
            signal.alarm(0)
        send({"event": "checked", "path": str(path), "errors": [list(e) for e in errors]})
    send({"event": "checked", "path": None, "errors": []})
