"""Every shipped problem: the reference is accepted, the alt agrees, the wrong one is caught.

Parametrized by slug. The reference runs with a reduced example budget and no growth check (the
growth check only matters for `too_slow` wrong solutions); the wrong solution gets the full
budget, since the judge stops at its first failure anyway.
"""

from __future__ import annotations

import copy
import importlib.util
import signal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings

from drill.config import shipped_dir
from drill.core.problems import values_equal
from drill.judge.problem import find_solution, leetcode_globals
from drill.judge.runner import judge
from drill.judge.worker import load_problem, run_one
from drill.problembank import module_paths, read_meta

HERE = Path(__file__).parent
MODULES = {p.stem: p for p in module_paths([shipped_dir("problems")])}
SLUGS = sorted(MODULES)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HYPOTHESIS_STAND_IN = """
import sys as _sys, types as _types
class _Strategy:
    composite = staticmethod(lambda f: f)
    def __getattr__(self, name):
        return _Strategy()
    def __call__(self, *args, **kwargs):
        return _Strategy()
    def __or__(self, other):
        return self
    __ror__ = __or__
_hyp = _types.ModuleType("hypothesis")
_hyp.strategies = _Strategy()
_sys.modules["hypothesis"] = _hyp
_sys.modules["hypothesis.strategies"] = _hyp.strategies
"""


def _declared_verdict(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# verdict:"), f"{path}: first line must be '# verdict: ...'"
    return first.split(":", 1)[1].strip()


def test_there_are_problems() -> None:
    assert len(SLUGS) >= 12


@pytest.mark.parametrize("slug", SLUGS)
def test_reference_is_accepted(slug: str, tmp_path: Path) -> None:
    meta = read_meta(MODULES[slug])
    module = _load(MODULES[slug], f"bank_ref_{slug.replace('-', '_')}")
    source = MODULES[slug].read_text(encoding="utf-8")
    solution = tmp_path / "solution.py"
    # The module itself as a solution file: FUNCTION is defined there (function or class),
    # or we alias it to the reference. The solution process has no Hypothesis (it is a bare
    # interpreter that sees only the stdlib), so a stand-in lets the module's strategies load.
    alias = "" if hasattr(module, meta.function) else f"\n{meta.function} = reference\n"
    solution.write_text(HYPOTHESIS_STAND_IN + source + alias)
    result = judge(meta, solution, tmp_path / "home", max_examples=40, growth=False)
    assert result.verdict == "accepted", result.report()


@pytest.mark.parametrize("slug", SLUGS)
def test_alt_agrees_with_reference(slug: str) -> None:
    alt_path = HERE / "alt" / f"{slug}.py"
    assert alt_path.exists(), f"missing {alt_path}"
    problem = load_problem(MODULES[slug])
    alt = getattr(_load(alt_path, f"bank_alt_{slug.replace('-', '_')}"), problem.function)

    def agrees(kwargs: dict[str, Any]) -> None:
        expected = run_one(problem.reference, copy.deepcopy(kwargs), problem)
        got = run_one(alt, copy.deepcopy(kwargs), problem)
        if problem.check is not None:
            assert problem.check(copy.deepcopy(kwargs), expected, got), (kwargs, expected, got)
        else:
            assert values_equal(
                expected, got, tolerance=problem.tolerance, any_sequence=problem.any_sequence
            ), (kwargs, expected, got)

    for kwargs, _ in problem.examples:
        agrees(kwargs)
    settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(seed(1)(given(problem.inputs())(agrees)))()


def _wrong_files(slug: str) -> list[Path]:
    """`wrong/<slug>.py` and any `wrong/<slug>--<mistake>.py` beside it."""
    folder = HERE / "wrong"
    return sorted([folder / f"{slug}.py", *folder.glob(f"{slug}--*.py")])


WRONG = [(slug, path) for slug in SLUGS for path in _wrong_files(slug)]


@pytest.mark.parametrize(("slug", "wrong"), WRONG, ids=[w.stem for _, w in WRONG])
def test_wrong_solution_gets_its_verdict(slug: str, wrong: Path, tmp_path: Path) -> None:
    assert wrong.exists(), f"missing {wrong}"
    declared = _declared_verdict(wrong)
    assert declared in ("wrong_answer", "runtime_error", "too_slow")
    meta = read_meta(MODULES[slug])
    result = judge(meta, wrong, tmp_path / "home", max_examples=300, growth=declared == "too_slow")
    assert result.verdict == declared, result.report()
    if declared != "too_slow":
        assert result.counterexample is not None


EXAMPLE_CALL_S = 10
"""How long a wrong solution may take on one EXAMPLES input here (they are all tiny)."""


def _expired(_signum: int, _frame: object) -> None:
    raise TimeoutError(f"no answer within {EXAMPLE_CALL_S} s on an EXAMPLES input")


@pytest.mark.parametrize(("slug", "wrong"), WRONG, ids=[w.stem for _, w in WRONG])
def test_wrong_solution_passes_examples(slug: str, wrong: Path) -> None:
    """A wrong solution the EXAMPLES already catch teaches nothing: the judge's generated inputs
    (or, for too_slow, the growth check) must be what catches it. So every wrong file, of any
    verdict, gives the declared answer on every EXAMPLES input."""
    problem = load_problem(MODULES[slug])
    namespace = leetcode_globals()
    namespace["__name__"] = f"bank_wrong_{wrong.stem.replace('-', '_')}"
    exec(compile(wrong.read_text(encoding="utf-8"), str(wrong), "exec"), namespace)
    found = find_solution(namespace, problem)
    assert found is not None, f"{wrong}: defines no {problem.function}"
    impl = found[0]
    previous = signal.signal(signal.SIGALRM, _expired)
    try:
        for number, (kwargs, expected) in enumerate(problem.examples):
            signal.alarm(EXAMPLE_CALL_S)
            try:
                got = run_one(impl, copy.deepcopy(kwargs), problem)
            except Exception as exc:
                pytest.fail(f"{wrong.name} raises {exc!r} on EXAMPLES[{number}] {kwargs!r}")
            finally:
                signal.alarm(0)
            if problem.check is not None:
                ok = bool(problem.check(copy.deepcopy(kwargs), expected, got))
            else:
                ok = values_equal(
                    expected, got, tolerance=problem.tolerance, any_sequence=problem.any_sequence
                )
            assert ok, (
                f"{wrong.name} fails EXAMPLES[{number}]: {kwargs!r} -> {got!r}, not {expected!r}"
            )
    finally:
        signal.signal(signal.SIGALRM, previous)
