"""Inside the sandbox: load a problem module and call solutions the way the contract says."""

from __future__ import annotations

import contextlib
import importlib.util
import random
import re
import sys
import traceback
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drill.core.problems import (
    REQUIRED_CONSTANTS,
    REQUIRED_DEFINITIONS,
)
from drill.kit import ListNode, TreeNode, from_linked, from_tree, to_linked, to_tree

Kind = str | tuple[str, Any] | None
"""How a value crosses into a call: plain, a linked list, a tree, or a container of those."""


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
    is_class: bool
    kinds: dict[str, Kind]
    examples: list[tuple[dict[str, Any], Any]]
    check: Callable[..., Any] | None
    inputs: Callable[[], Any]
    large: Callable[[int, random.Random], dict[str, Any]]


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
    is_class = isinstance(reference, type)
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
        is_class=is_class,
        kinds={} if is_class else node_kinds(reference),
        examples=[(dict(kw), exp) for kw, exp in examples],
        check=getattr(module, "check", None),
        inputs=module.inputs,
        large=module.large,
    )


def _where(path: Path, exc: BaseException) -> str:
    if isinstance(exc, SyntaxError) and exc.lineno:
        return f"{path}:{exc.lineno}"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == str(path):
            return f"{path}:{frame.lineno}"
    return str(path)


def one_line(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


# ---------------------------------------------------------------- linked lists and trees


def _kind_of(hint: Any) -> Kind:
    if hint is ListNode:
        return "list"
    if hint is TreeNode:
        return "tree"
    if isinstance(hint, str):
        inner = re.search(r"^(?:list|List|Sequence|tuple)\[(.*)\]$", hint.replace(" ", ""))
        if inner:
            kind = _kind_of(inner.group(1))
            return ("seq", kind) if kind else None
        if "ListNode" in hint:
            return "list"
        if "TreeNode" in hint:
            return "tree"
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = {k for a in args if a is not type(None) for k in [_kind_of(a)] if k}
        return kinds.pop() if len(kinds) == 1 else None
    if origin in (list, tuple) and args:
        kind = _kind_of(args[0])
        return ("seq", kind) if kind else None
    return None


def node_kinds(func: Any) -> dict[str, Kind]:
    """Which parameters (and 'return') are linked lists or trees, from the annotations."""
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        hints = dict(getattr(func, "__annotations__", {}))
    return {name: kind for name, hint in hints.items() if (kind := _kind_of(hint))}


def to_call(value: Any, kind: Kind) -> Any:
    if kind == "list":
        return to_linked(value)
    if kind == "tree":
        return to_tree(value)
    if isinstance(kind, tuple):
        return [to_call(v, kind[1]) for v in value]
    return value


def _node_like(value: Any, fields: tuple[str, ...]) -> bool:
    """A ListNode/TreeNode of drill's, LeetCode's, or the user's own class of that shape."""
    return all(hasattr(value, f) for f in fields) and not isinstance(value, list | tuple | dict)


def from_return(value: Any, kind: Kind) -> Any:
    if kind == "list":
        if value is not None and not _node_like(value, ("val", "next")):
            raise TypeError(f"returned a {type(value).__name__}; return a ListNode (or None)")
        return from_linked(value)
    if kind == "tree":
        if value is not None and not _node_like(value, ("val", "left", "right")):
            raise TypeError(f"returned a {type(value).__name__}; return a TreeNode (or None)")
        return from_tree(value)
    if isinstance(kind, tuple):
        return [from_return(v, kind[1]) for v in value]
    return value


def run_one(
    impl: Any,
    kwargs: dict[str, Any],
    problem: Problem,
    guard: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext,
) -> Any:
    """Call a solution (or the reference) on plain-data kwargs; plain data back.

    Only the calls into `impl` run inside `guard()` (the solution's own builtins).
    """
    if problem.is_class:
        with guard():
            obj = impl(**kwargs.get("init", {}))
        results = []
        for i, (op, args) in enumerate(kwargs["ops"]):
            try:
                with guard():
                    results.append(getattr(obj, op)(*args))
            except BaseException as exc:
                exc.add_note(f"during operation {i}: {op}({', '.join(map(repr, args))})")
                raise
        return results
    call = {k: to_call(v, problem.kinds.get(k)) for k, v in kwargs.items()}
    with guard():
        answer = impl(**call)
    return from_return(answer, problem.kinds.get("return"))


# ---------------------------------------------------------------- LeetCode files as they are


def leetcode_globals() -> dict[str, Any]:
    """The names LeetCode's Python 3 environment gives a solution without an import."""
    import bisect
    import collections
    import functools
    import heapq
    import itertools
    import math
    import string

    names: dict[str, Any] = {
        name: getattr(typing, name)
        for name in ("List", "Optional", "Dict", "Set", "Tuple", "Deque", "DefaultDict")
    }
    names.update(
        ListNode=ListNode,
        TreeNode=TreeNode,
        collections=collections,
        deque=collections.deque,
        defaultdict=collections.defaultdict,
        Counter=collections.Counter,
        OrderedDict=collections.OrderedDict,
        heapq=heapq,
        bisect=bisect,
        math=math,
        itertools=itertools,
        functools=functools,
        lru_cache=functools.lru_cache,
        cache=functools.cache,
        string=string,
        inf=math.inf,
    )
    return names


def camel(name: str) -> str:
    """two_sum -> twoSum, as LeetCode names its methods."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def find_solution(namespace: dict[str, Any], problem: Problem) -> tuple[Any, str] | None:
    """The user's implementation: `problem.function`, its camelCase twin, or a method of
    LeetCode's `class Solution` (by that name, or its only public method). Returns the callable
    (taking drill's keyword arguments) and how it was found; None when there is none."""
    impl = namespace.get(problem.function)
    if impl is not None and callable(impl):
        return impl, problem.function
    if problem.is_class:
        return None
    twin = namespace.get(camel(problem.function))
    if twin is not None and callable(twin) and not isinstance(twin, type):
        return _positional(twin, problem), camel(problem.function)
    solution = namespace.get("Solution")
    if not isinstance(solution, type):
        return None
    methods = [
        m for m in vars(solution) if not m.startswith("_") and callable(getattr(solution, m))
    ]
    key = problem.function.replace("_", "").lower()  # isValidBST, lengthOfLIS, evalRPN
    wanted = [m for m in methods if m.replace("_", "").lower() == key]
    chosen = wanted[0] if wanted else (methods[0] if len(methods) == 1 else None)
    if chosen is None:
        return None
    return _positional(getattr(solution(), chosen), problem), f"Solution.{chosen}"


def _positional(func: Any, problem: Problem) -> Any:
    """Call `func` with the arguments in the reference's order: LeetCode's parameter names
    (numCourses, nums1) need not match drill's (num_courses, a)."""
    import inspect

    order = list(inspect.signature(problem.reference).parameters)

    def call(**kwargs: Any) -> Any:
        return func(*[kwargs[name] for name in order])

    call.__wrapped__ = func  # type: ignore[attr-defined]
    return call
