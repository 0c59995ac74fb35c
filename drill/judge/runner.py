"""The judge's parent-side API: judge a solution file against a problem, get a JudgeResult."""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drill.core.problems import ProblemMeta, Verdict
from drill.errors import DrillError
from drill.judge.sandbox import Cancelled, Limits, Outcome, run_worker

if TYPE_CHECKING:
    from drill.judge.cpp import Build

DEFAULT_EXAMPLES = 150
FIXED_SEED = 0xD811
EXAMPLES_ENV = "DRILL_JUDGE_EXAMPLES"

__all__ = [
    "Cancelled",
    "CheckReport",
    "Counterexample",
    "JudgeResult",
    "Limits",
    "ProblemModuleError",
    "Progress",
    "Verdict",
    "check_problems",
    "judge",
]


class ProblemModuleError(DrillError):
    """The problem module is broken (not the user's solution): exit code 2."""


@dataclass(frozen=True)
class Counterexample:
    """The (shrunk) failing case, each part a Python literal."""

    input: str
    expected: str
    got: str

    def to_json(self) -> dict[str, str]:
        return {"input": self.input, "expected": self.expected, "got": self.got}


@dataclass(frozen=True)
class Progress:
    """Sent to the progress callback while judging: which phase, how many cases passed."""

    phase: str  # examples | hypothesis | growth
    passed: int


@dataclass
class JudgeResult:
    """The verdict on one solution file, as `drill judge --json` prints it."""

    problem: str
    verdict: Verdict
    passed: int
    total: int
    elapsed_s: float
    counterexample: Counterexample | None = None
    error: str | None = None
    complexity: dict[str, Any] | None = None
    message: str = ""
    output: str = ""
    function: str = ""
    isolation: str = ""  # how the solution's files were hidden: "private root", "landlock..."
    seed: int = 0  # the seed of the generated inputs (`drill judge --seed` repeats them)
    language: str = "python"  # "python" | "cpp"
    peak_bytes: int | None = None  # the solution process's peak resident memory
    compile_s: float | None = None  # C++: g++'s time (None: the binary came from the cache)

    def _largest(self) -> list[Any] | None:
        """The growth check's sample on its largest input: [n, solution s, reference s]."""
        samples = (self.complexity or {}).get("samples") or []
        return list(samples[-1]) if samples else None

    @property
    def run_time_s(self) -> float | None:
        """The solution's best time on the largest input of the growth check."""
        largest = self._largest()
        return None if largest is None else float(largest[1])

    @property
    def run_n(self) -> int | None:
        largest = self._largest()
        return None if largest is None else int(largest[0])

    def __post_init__(self) -> None:
        self.verdict = Verdict(self.verdict)  # a plain "accepted" from a caller becomes typed

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def to_json(self) -> dict[str, Any]:
        complexity = None
        if self.complexity is not None:
            complexity = {
                k: self.complexity[k] for k in ("target", "exponent", "reference_exponent", "ok")
            }
        return {
            "problem": self.problem,
            "verdict": self.verdict.value,
            "passed": self.passed,
            "total": self.total,
            "elapsed_s": round(self.elapsed_s, 3),
            "counterexample": self.counterexample.to_json() if self.counterexample else None,
            "error": self.error,
            "complexity": complexity,
            "message": self.message,
            "output": self.output,
            "seed": self.seed,
            "isolation": self.isolation,
            "language": self.language,
            "run": {
                "n": self.run_n,
                "time_s": self.run_time_s,
                "peak_bytes": self.peak_bytes,
                "compile_s": None if self.compile_s is None else round(self.compile_s, 3),
            },
        }

    def report(self) -> str:
        """A short human report: verdict, cases, the counterexample, the trimmed traceback."""
        head = f"{self.problem}: {self.verdict.label}"
        head += f"  ({self.passed}/{self.total} cases passed, {self.elapsed_s:.2f} s)"
        lines = [head]
        if self.message and self.message != "wrong answer":
            lines.append(f"  {self.message}")
        if self.counterexample is not None:
            lines.append(f"  input:    {self.counterexample.input}")
            lines.append(f"  expected: {self.counterexample.expected}")
            lines.append(f"  got:      {self.counterexample.got}")
        if self.complexity is not None:
            c = self.complexity
            lines.append(
                f"  growth:   n^{c['exponent']:.2f} (reference n^{c['reference_exponent']:.2f}, "
                f"target {c['target']})"
            )
        if self.language == "cpp" and self.verdict != Verdict.COMPILE_ERROR:
            built = (
                "binary from the cache"
                if self.compile_s is None
                else (f"compiled in {self.compile_s:.1f} s")
            )
            run = ""
            if self.run_time_s is not None:
                run = f" · {self.run_time_s * 1000:.1f} ms at n={self.run_n}"
            if self.peak_bytes is not None:
                run += f" · {self.peak_bytes / (1 << 20):.1f} MiB peak"
            lines.append(f"  C++17:    {built}{run}")
        shown = self.error and self.error.strip() == (self.message or "").strip()
        if (
            self.error
            and not shown
            and (self.counterexample is None or self.verdict != "wrong_answer")
        ):
            lines.append("")
            lines.extend("  " + line for line in self.error.splitlines())
        if self.output.strip():
            lines.append("")
            lines.append("  your program printed:")
            lines.extend("    " + line for line in self.output.splitlines()[:20])
        return "\n".join(lines)


def _max_examples(value: int | None) -> int:
    if value is not None:
        return value
    raw = os.environ.get(EXAMPLES_ENV)
    if raw and raw.isdigit():
        return int(raw)
    return DEFAULT_EXAMPLES


def scaled(limits: Limits, examples: int) -> Limits:
    """The judgement's own time caps grow with the inputs asked for: 10,000 examples get the
    time 10,000 need, so the judge's cap is never what a correct solution runs into."""
    factor = examples / DEFAULT_EXAMPLES
    if factor <= 1:
        return limits
    return replace(
        limits,
        wall_s=limits.wall_s * factor,
        cpu_s=math.ceil(limits.cpu_s * factor),
    )


def judge(
    problem: ProblemMeta,
    solution_path: Path | str,
    home: Path | str | None,
    *,
    max_examples: int | None = None,
    growth: bool = True,
    limits: Limits | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    tag: str | None = None,
    seed: int | None = None,
    language: str | None = None,
    sanitize: bool = False,
    second: bool | None = None,
) -> JudgeResult:
    """Judge `solution_path` against `problem` in a fresh sandboxed worker.

    `seed` picks the generated inputs (None: a fixed one, the same inputs every time).
    `second` runs a second search on another core: None when a core is idle, True always
    (on a machine with two), False never.

    `home` holds the per-problem Hypothesis database (home/judge-db/<slug>) so past failures
    replay first; None judges without one. Safe to call from any thread; `cancel` stops the
    judgement (raising Cancelled). `tag` labels the judgement's processes (DRILL_JUDGE_TAG in
    their environment) so tests can look for strays. Raises ProblemModuleError when the problem
    module is broken.
    """
    examples = _max_examples(max_examples)
    limits = scaled(limits or Limits(), examples)
    solution = Path(solution_path)
    if not solution.is_file():
        raise DrillError(f"{solution}: no such file; pass the path of your solution")
    db_dir = None
    large_dir: Path | None = None
    if home is not None:
        db_path = Path(home) / "judge-db" / problem.slug
        db_path.mkdir(parents=True, exist_ok=True)
        db_dir = str(db_path)
        large_dir = Path(home) / "cache" / "large"
        large_dir.mkdir(parents=True, exist_ok=True)
    config = {
        "mode": "judge",
        "problem_path": str(Path(problem.path).resolve()),
        "solution_path": str(solution.resolve()),
        "db_dir": db_dir,
        "large_dir": None if large_dir is None else str(large_dir),
        "max_examples": examples,
        "growth": growth,
        "shrink_s": 1.0,
        "second": second,
    }
    seed = FIXED_SEED if seed is None else int(seed) & 0xFFFFFFFF
    config["seed"] = seed
    compile_s: float | None = None
    if language is None:
        from drill.core.cpp import language_of

        language = language_of(solution)
    if language == "cpp":
        built = _build_cpp(problem, solution, home, sanitize)
        if built.binary is None:
            return JudgeResult(
                problem=problem.slug,
                verdict=Verdict.COMPILE_ERROR,
                passed=0,
                total=0,
                elapsed_s=built.seconds,
                error=built.errors,
                message=next(
                    (line for line in built.errors.splitlines() if "error:" in line),
                    (built.errors.splitlines() or ["it does not compile"])[0],
                ),
                function=problem.function,
                seed=seed,
                language="cpp",
            )
        config["binary"] = str(built.binary)
        config["sanitize"] = sanitize
        compile_s = None if built.cached else built.seconds
        if sanitize:
            limits = replace(limits, no_address_limit=True)
    elif language != "python":
        raise DrillError(f"unknown language {language!r}; use python or cpp")

    def on_message(msg: dict[str, Any]) -> None:
        if progress is not None and msg.get("event") == "progress":
            progress(Progress(str(msg.get("phase", "")), int(msg.get("passed", 0))))

    outcome = run_worker(config, limits, on_message=on_message, cancel=cancel, tag=tag)
    result = _result_from(problem, outcome, limits)
    result.seed = seed
    result.language = language
    result.compile_s = compile_s
    return result


def cpp_cache(home: Path | str | None) -> Path:
    """Where compiled C++ solutions and the precompiled harness are kept."""
    if home is not None:
        return Path(home) / "cache" / "cpp"
    import tempfile

    return Path(tempfile.gettempdir()) / f"drill-cpp-{os.getuid()}"


def _build_cpp(
    problem: ProblemMeta, solution: Path, home: Path | str | None, sanitize: bool
) -> Build:
    from drill.judge.cpp import build
    from drill.problembank import cpp_plan

    return build(cpp_plan(problem), solution, cpp_cache(home), sanitize=sanitize)


def _result_from(problem: ProblemMeta, outcome: Outcome, limits: Limits) -> JudgeResult:
    output = outcome.output_head.decode("utf-8", "replace")
    final = outcome.final
    passed = max(
        (int(m.get("passed", 0)) for m in outcome.messages if m.get("event") == "progress"),
        default=0,
    )
    base: dict[str, Any] = {
        "problem": problem.slug,
        "elapsed_s": outcome.elapsed_s,
        "output": output,
        "function": problem.function,
        "isolation": next(
            (str(m["files"]) for m in outcome.messages if m.get("event") == "isolation"), ""
        ),
    }
    if outcome.killed == "output":
        return JudgeResult(
            verdict=Verdict.OUTPUT_LIMIT,
            passed=passed,
            total=passed + 1,
            message=f"printed more than {limits.output_bytes >> 10} KiB",
            **base,
        )
    if outcome.killed == "wall":
        return JudgeResult(
            verdict=Verdict.TIME_LIMIT,
            passed=passed,
            total=passed + 1,
            message=f"the judgement ran over its {limits.wall_s:g} s limit and was stopped",
            **base,
        )
    if final is None:
        internal = [m for m in outcome.messages if m.get("event") == "internal_error"]
        if internal:
            raise DrillError("the judge failed internally: " + internal[-1]["message"].strip())
        if not any(m.get("event") == "started" for m in outcome.messages):
            if outcome.killed is not None:
                raise DrillError(f"the judge's worker did not start ({outcome.killed} limit)")
            tail = output.strip().splitlines()[-1:] or ["no output"]
            raise DrillError(f"the judge's worker could not start: {tail[0]}")
        return JudgeResult(
            verdict=Verdict.RUNTIME_ERROR,
            passed=passed,
            total=passed + 1,
            message=f"the judge's worker died (exit status {outcome.returncode}) "
            "before reporting; did the solution kill it?",
            **base,
        )
    if final["event"] == "problem_error":
        raise ProblemModuleError(str(final["message"]))
    case = final.get("counterexample")
    peak = final.get("peak_bytes")
    return JudgeResult(
        peak_bytes=int(peak) if isinstance(peak, int) else None,
        verdict=Verdict(final["verdict"]),
        passed=int(final["passed"]),
        total=int(final["total"]),
        counterexample=Counterexample(**case) if case else None,
        error=final.get("error"),
        complexity=final.get("complexity"),
        message=str(final.get("message") or ""),
        **base,
    )


_ISOLATION_PROBE = """
import os
try:
    os.listdir({home!r})
    HELD = False
except OSError:
    HELD = True

def two_sum(nums, target):
    if not HELD:
        return [-1, -1]
    seen = {{}}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        seen[x] = j
"""


def verify_isolation(home: Path) -> tuple[bool, str]:
    """Judge a probe solution that tries to list `home` (drill's data): (it was hidden, how)."""
    import tempfile

    from drill.config import shipped_dir
    from drill.problembank import read_meta

    meta = read_meta(shipped_dir("problems") / "arrays-hashing" / "two-sum.py")
    with tempfile.TemporaryDirectory(prefix="drill-doctor-") as folder:
        sol = Path(folder) / "probe.py"
        sol.write_text(_ISOLATION_PROBE.format(home=str(Path(home).resolve())))
        result = judge(meta, sol, None, max_examples=3, growth=False)
    return result.accepted, result.isolation or result.message


@dataclass
class CheckReport:
    """Faults found in problem modules: (path, line or None, message) each."""

    errors: list[tuple[Path, int | None, str]] = field(default_factory=list)
    checked: int = 0


def check_problems(
    paths: Sequence[Path], *, samples: int = 60, timeout_s: float = 600
) -> CheckReport:
    """Run each module's reference, EXAMPLES, check, inputs() and large() against each other.

    Runs in one sandboxed worker process (a user's problem module is code drill hasn't seen
    before: its import-time code never runs in drill's own process), each module under its own
    time limit.
    """
    report = CheckReport()
    if not paths:
        return report
    config = {
        "mode": "check",
        "paths": [str(Path(p).resolve()) for p in paths],
        "samples": samples,
        "module_timeout_s": 30,
    }
    limits = Limits(wall_s=timeout_s, cpu_s=int(timeout_s) + 5, memory_bytes=4 << 30)
    outcome = run_worker(config, limits, sandboxed=True)
    by_path = {str(Path(p).resolve()): Path(p) for p in paths}
    seen = set()
    for msg in outcome.messages:
        if msg.get("event") != "checked" or msg.get("path") is None:
            continue
        seen.add(msg["path"])
        path = by_path.get(msg["path"], Path(msg["path"]))
        report.checked += 1
        for line, message in msg["errors"]:
            report.errors.append((path, line, str(message)))
    for resolved, path in by_path.items():
        if resolved not in seen:
            report.errors.append((path, None, "not checked: the checker stopped (time or crash)"))
    internal = [m for m in outcome.messages if m.get("event") == "internal_error"]
    if internal:
        raise DrillError("the problem checker failed internally: " + internal[-1]["message"])
    return report
