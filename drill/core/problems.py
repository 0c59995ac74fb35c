"""The problem-module contract: metadata, value comparison, attempt grading, starter-file text."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
)

CLASSIC_PATTERNS: tuple[str, ...] = (
    "sliding-window",
    "two-pointers",
    "fast-slow-pointers",
    "merge-intervals",
    "cyclic-sort",
    "linked-list-reversal",
    "tree-bfs",
    "tree-dfs",
    "two-heaps",
    "subsets",
    "modified-binary-search",
    "top-k",
    "k-way-merge",
    "topological-sort",
)

DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


class Verdict(StrEnum):
    """What the judge can say about a solution (a str: `Verdict.ACCEPTED == "accepted"`)."""

    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    COMPILE_ERROR = "compile_error"
    TOO_SLOW = "too_slow"

    @property
    def label(self) -> str:
        """As a person writes it: "wrong answer"."""
        return self.value.replace("_", " ")


VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)

REQUIRED_CONSTANTS: tuple[str, ...] = (
    "TITLE",
    "CATEGORY",
    "PATTERNS",
    "DIFFICULTY",
    "FUNCTION",
    "COMPLEXITY",
    "TARGET_MINUTES",
)
REQUIRED_DEFINITIONS: tuple[str, ...] = ("reference", "inputs", "EXAMPLES", "large")


_KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_BIG_O = re.compile(r"^O\(.+\)$")


@dataclass(frozen=True)
class ProblemMeta:
    """What drill knows about a problem without running it (read from the module's source)."""

    slug: str
    path: Path
    title: str
    category: str
    patterns: tuple[str, ...]
    difficulty: str
    function: str
    complexity: str
    target_minutes: int
    statement: str
    is_class: bool = False


def meta_errors(constants: Mapping[str, object], slug: str, folder: str) -> list[str]:
    """What is wrong with a module's constants, each with the fix (empty when all is well)."""
    errors: list[str] = []
    for name in REQUIRED_CONSTANTS:
        if name not in constants:
            errors.append(f"missing {name}; add `{name} = ...` as a literal constant")
    category = constants.get("CATEGORY")
    if "CATEGORY" in constants and category not in CATEGORIES:
        errors.append(f"CATEGORY {category!r} is not one of: {', '.join(CATEGORIES)}")
    elif category is not None and folder != category:
        errors.append(f"the module sits in {folder}/ but CATEGORY is {category!r}; move it")
    patterns = constants.get("PATTERNS")
    if "PATTERNS" in constants and (
        not isinstance(patterns, list | tuple)
        or not all(isinstance(p, str) and _KEBAB.match(p) for p in patterns)
    ):
        errors.append("PATTERNS must be a list of kebab-case tags, e.g. ['sliding-window']")
    if "DIFFICULTY" in constants and constants.get("DIFFICULTY") not in DIFFICULTIES:
        errors.append("DIFFICULTY must be 'easy', 'medium' or 'hard'")
    function = constants.get("FUNCTION")
    if "FUNCTION" in constants and not (isinstance(function, str) and function.isidentifier()):
        errors.append("FUNCTION must be the name the user implements, e.g. 'two_sum'")
    complexity = constants.get("COMPLEXITY")
    if "COMPLEXITY" in constants and not (isinstance(complexity, str) and _BIG_O.match(complexity)):
        errors.append("COMPLEXITY must be big-O in n, e.g. 'O(n log n)'")
    minutes = constants.get("TARGET_MINUTES")
    if "TARGET_MINUTES" in constants and not (
        isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0
    ):
        errors.append("TARGET_MINUTES must be a positive whole number of minutes")
    if not _KEBAB.match(slug):
        errors.append(f"the file name {slug!r} must be a kebab-case slug, e.g. two-sum.py")
    return errors


# ---------------------------------------------------------------- comparing values


def values_equal(
    expected: Any, got: Any, *, tolerance: float | None = None, any_sequence: bool = False
) -> bool:
    """Equality for judge results, strict about types: a bool is not a number (True is not 1),
    a tuple is not a list (unless `any_sequence`: a problem that says so, or a C++ answer,
    which has no tuples), and floats are equal only exactly, unless the problem declares a
    `tolerance` (relative, and absolute near zero)."""
    if isinstance(expected, bool) != isinstance(got, bool):
        return False
    if isinstance(expected, float) or isinstance(got, float):
        if not isinstance(expected, int | float) or not isinstance(got, int | float):
            return False
        if tolerance is None:
            return bool(expected == got)
        return math.isclose(expected, got, rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(expected, list | tuple) and isinstance(got, list | tuple):
        if not any_sequence and type(expected) is not type(got):
            return False
        return len(expected) == len(got) and all(
            values_equal(a, b, tolerance=tolerance, any_sequence=any_sequence)
            for a, b in zip(expected, got, strict=True)
        )
    if isinstance(expected, dict) and isinstance(got, dict):
        return expected.keys() == got.keys() and all(
            values_equal(v, got[k], tolerance=tolerance, any_sequence=any_sequence)
            for k, v in expected.items()
        )
    try:
        return bool(expected == got)
    except Exception:
        return False


def type_hint(expected: Any, got: Any) -> str:
    """Why two equal-looking answers differ in type ("returned a tuple; the answer is a list"),
    or "" when their types agree."""
    if isinstance(expected, list | tuple) and isinstance(got, list | tuple):
        if type(expected) is not type(got):
            return f"returned a {type(got).__name__}; the answer is a {type(expected).__name__}"
        for a, b in zip(expected, got, strict=False):
            found = type_hint(a, b)
            if found:
                return found
    if isinstance(expected, bool) != isinstance(got, bool) and isinstance(got, int | float):
        return f"returned a {type(got).__name__}; the answer is a {type(expected).__name__}"
    return ""


def first_difference(
    expected: Any, got: Any, *, tolerance: float | None = None, any_sequence: bool = False
) -> int | None:
    """Index of the first differing entry of two sequences (design-class op results)."""
    if not isinstance(expected, list | tuple) or not isinstance(got, list | tuple):
        return None
    for i, (a, b) in enumerate(zip(expected, got, strict=False)):
        if not values_equal(a, b, tolerance=tolerance, any_sequence=any_sequence):
            return i
    if len(expected) != len(got):
        return min(len(expected), len(got))
    return None


def literal(value: Any, limit: int = 2000) -> str:
    """A value as a Python literal, cut to `limit` characters for display."""
    text = repr(value)
    if len(text) > limit:
        return text[: limit - 25] + f" ... ({len(text)} chars)"
    return text


def flat_size(value: Any) -> int:
    """How big an input is: scalars count 1, strings their length; a design input, its ops."""
    if isinstance(value, dict) and "ops" in value and isinstance(value["ops"], list):
        return sum(1 + _leaves(op[1] if len(op) > 1 else []) for op in value["ops"])
    return _leaves(value)


def _leaves(value: Any) -> int:
    if isinstance(value, str):
        return max(len(value), 1)
    if isinstance(value, dict):
        return sum(_leaves(v) for v in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return sum(_leaves(v) for v in value)
    return 1


def magnitudes(value: Any) -> list[int]:
    """The integer arguments of a kwargs dict (n may be a count or an amount, not a length)."""
    if not isinstance(value, dict):
        return []
    return [abs(v) for v in value.values() if isinstance(v, int) and not isinstance(v, bool)]


def about_n(n: int, size: int, ints: Sequence[int]) -> bool:
    """Whether an input of `size` leaves (or one of these integer arguments) is about n."""
    return n / 8 <= size <= 8 * n or any(n / 8 <= v <= 8 * n for v in ints)


# ---------------------------------------------------------------- grading an attempt


def grade_attempt(
    *, accepted: bool, failed_runs: int, minutes: float, target_minutes: float
) -> int:
    """The SM-2 quality (0-5) a practice attempt earns for re-solve scheduling.

    Accepted on the first run within the target time -> 5; accepted within target after failed
    runs -> 4; accepted over the target -> 3; gave up (never accepted) -> 1.
    """
    if not accepted:
        return 1
    if minutes > target_minutes:
        return 3
    return 5 if failed_runs == 0 else 4


# ---------------------------------------------------------------- starter files


@dataclass(frozen=True)
class Param:
    """One parameter of a signature, with its annotation and default as source text."""

    name: str
    annotation: str | None = None
    default: str | None = None
    kind: str = "normal"  # normal | posonly | kwonly | varargs | varkw


@dataclass(frozen=True)
class FunctionSig:
    """A function or method signature as source text."""

    name: str
    params: tuple[Param, ...] = ()
    returns: str | None = None


@dataclass(frozen=True)
class ClassSig:
    """A design-problem class: its constructor and public methods."""

    name: str
    methods: tuple[FunctionSig, ...] = field(default=())


_TYPING_NAMES = ("Optional", "List", "Dict", "Tuple", "Set", "Any", "Deque", "Union")
_KIT_NAMES = ("ListNode", "TreeNode")


def _render_params(params: Sequence[Param]) -> str:
    parts: list[str] = []
    star_done = False
    posonly_pending = False
    for p in params:
        if p.kind == "posonly":
            posonly_pending = True
        elif posonly_pending:
            parts.append("/")
            posonly_pending = False
        if p.kind == "kwonly" and not star_done:
            parts.append("*")
            star_done = True
        prefix = {"varargs": "*", "varkw": "**"}.get(p.kind, "")
        if p.kind == "varargs":
            star_done = True
        text = prefix + p.name
        if p.annotation:
            text += f": {p.annotation}"
            if p.default is not None:
                text += f" = {p.default}"
        elif p.default is not None:
            text += f"={p.default}"
        parts.append(text)
    if posonly_pending:
        parts.append("/")
    return ", ".join(parts)


def _render_def(sig: FunctionSig, indent: str, body: str) -> str:
    returns = f" -> {sig.returns}" if sig.returns else ""
    return f"{indent}def {sig.name}({_render_params(sig.params)}){returns}:\n{indent}    {body}\n"


def _annotations(sig: FunctionSig | ClassSig) -> str:
    sigs = sig.methods if isinstance(sig, ClassSig) else (sig,)
    return " ".join(
        " ".join(filter(None, [s.returns, *(p.annotation or "" for p in s.params)])) for s in sigs
    )


def starter_text(title: str, sig: FunctionSig | ClassSig) -> str:
    """The file a user starts from: the signature to implement and a body that fails loudly."""
    used = _annotations(sig)
    lines = [f'"""{title}: implement `{sig.name}`, then save; drill judges every save."""', ""]
    imports: list[str] = []
    if any(re.search(rf"\b{name}\b", used) for name in _TYPING_NAMES):
        names = [n for n in _TYPING_NAMES if re.search(rf"\b{n}\b", used)]
        imports.append(f"from typing import {', '.join(names)}")
    kit = [n for n in _KIT_NAMES if re.search(rf"\b{n}\b", used)]
    if kit:
        imports.append(f"from drill.kit import {', '.join(kit)}")
    if imports:
        lines = [lines[0], "", "from __future__ import annotations", "", *imports, ""]
    lines.append("")
    if isinstance(sig, ClassSig):
        lines.append(f"class {sig.name}:")
        for i, method in enumerate(sig.methods):
            if i:
                lines.append("")
            body = "pass" if method.name == "__init__" else "raise NotImplementedError"
            lines.append(_render_def(method, "    ", body).rstrip("\n"))
        if not sig.methods:
            lines.append("    pass")
    else:
        lines.append(_render_def(sig, "", "raise NotImplementedError").rstrip("\n"))
    return "\n".join(lines) + "\n"
