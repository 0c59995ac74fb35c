"""The solution process (the child): forked in the sandbox, loads the user's file, answers calls."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import marshal
import math
import os
import sys
import time
import traceback
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from drill.judge.problem import (
    Problem,
    camel,
    find_solution,
    from_return,
    leetcode_globals,
    one_line,
    run_one,
    to_call,
)
from drill.judge.wire import NotPlain, plain, read_exact_blocking, write_frame

# ---------------------------------------------------------------- the solution process


def _drop_capabilities() -> None:
    """Give up every capability (namespace root included) before loading the user's code."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
        libc.prctl(28, 0x2F, 0, 0, 0)  # PR_SET_SECUREBITS: noroot, no_setuid_fixup, locked
        for cap in range(64):
            if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                break

        class Header(ctypes.Structure):
            _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

        class Data(ctypes.Structure):
            _fields_ = [(n, ctypes.c_uint32) for n in ("effective", "permitted", "inheritable")]

        header = Header(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
        data = (Data * 2)()
        libc.capset(ctypes.byref(header), ctypes.byref(data))
    except Exception:
        pass


class _Builtins:
    """Keeps the solution's changes to `builtins` away from the plumbing that reports on it."""

    def __init__(self) -> None:
        import builtins

        self._dict = builtins.__dict__
        self._ours = dict(self._dict)
        self._theirs = dict(self._dict)

    @contextlib.contextmanager
    def theirs(self) -> Iterator[None]:
        self._dict.update(self._theirs)
        try:
            yield
        finally:
            self._theirs = dict(self._dict)
            self._dict.clear()
            self._dict.update(self._ours)


TRACE_ENDS = 20
"""Frames kept at each end of a very deep traceback (reading 100,000 frames takes seconds)."""


def _user_traceback(exc: BaseException, sol_path: str) -> str:
    """The traceback cut to the frames in the user's file, then the exception line(s)."""
    depth = sum(1 for _ in traceback.walk_tb(exc.__traceback__))
    if depth > 2 * TRACE_ENDS:  # deep recursion: the outermost and innermost frames tell it all
        head = traceback.extract_tb(exc.__traceback__, limit=TRACE_ENDS)
        tail = traceback.extract_tb(exc.__traceback__, limit=-TRACE_ENDS)
    else:
        head, tail = traceback.extract_tb(exc.__traceback__), traceback.StackSummary()
    lines = []
    mine = [f for f in head if f.filename == sol_path]
    if mine or tail:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.StackSummary.from_list(mine).format()
    if tail:
        seen = {(f.filename, f.lineno, f.name) for f in head}
        if {(f.filename, f.lineno, f.name) for f in tail} <= seen:  # the same frames, repeated
            lines.append(f"  ... {depth - TRACE_ENDS} more frames like these ...\n")
        else:
            lines.append(f"  ... {depth - 2 * TRACE_ENDS} more frames ...\n")
            lines += traceback.StackSummary.from_list(
                [f for f in tail if f.filename == sol_path]
            ).format()
    lines += traceback.format_exception_only(type(exc), exc)
    text = "".join(lines).rstrip()
    if isinstance(exc, SystemExit):
        text += "\n(the solution called sys.exit(); return a value instead)"
    elif isinstance(exc, KeyboardInterrupt):
        text += "\n(the solution raised KeyboardInterrupt)"
    return text


def _classify(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "memory_limit"
    if isinstance(exc, OSError) and exc.errno == errno.EFBIG:
        return "output_limit"
    return "runtime_error"


def solution_main(problem: Problem, sol_path: str, req_fd: int, rep_fd: int) -> NoReturn:
    """The forked solution process: load the user's file, then answer requests until told."""
    code = 0
    try:
        _drop_capabilities()
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            write_through=True,
        )
        sys.stderr = sys.stdout
        sys.setrecursionlimit(100_000)  # deep enough for a recursive answer on large(32768)
        env = _Builtins()
        impl = _load_solution(problem, sol_path, rep_fd, env)
        if impl is not None:
            _serve(problem, impl, sol_path, req_fd, rep_fd, env)
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _load_solution(problem: Problem, sol_path: str, rep_fd: int, env: _Builtins) -> Any:
    try:
        source = Path(sol_path).read_bytes()
        code = compile(source, sol_path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        text = "".join(traceback.format_exception_only(type(exc), exc)).rstrip()
        write_frame(rep_fd, ("compile_error", f"{sol_path}:{exc.lineno}: {exc.msg}\n{text}"))
        return None
    except (OSError, ValueError) as exc:
        write_frame(rep_fd, ("compile_error", f"{sol_path}: cannot read the file: {exc}"))
        return None
    module = types.ModuleType("solution")
    module.__dict__.update(leetcode_globals())  # List, Optional, ListNode... as on LeetCode
    module.__file__ = sol_path
    sys.modules["solution"] = module
    sys.path.insert(0, str(Path(sol_path).parent))
    try:
        with env.theirs():
            exec(code, module.__dict__)
    except BaseException as exc:
        write_frame(rep_fd, ("load_error", _classify(exc), _user_traceback(exc, sol_path)))
        return None
    found = find_solution(module.__dict__, problem)
    if found is None:
        what = "class" if problem.is_class else "function"
        leetcode = (
            ""
            if problem.is_class
            else (f", or LeetCode's `class Solution` with a method `{camel(problem.function)}`")
        )
        write_frame(
            rep_fd,
            (
                "compile_error",
                f"{sol_path}: no {what} named `{problem.function}`; "
                f"define `{'class' if problem.is_class else 'def'} {problem.function}`"
                f"{leetcode} (see the starter file)",
            ),
        )
        return None
    impl = found[0]
    write_frame(rep_fd, ("ready",))
    return impl


def _serve(
    problem: Problem, impl: Any, sol_path: str, req_fd: int, rep_fd: int, env: _Builtins
) -> None:
    while True:
        size = int.from_bytes(read_exact_blocking(req_fd, 8), "little")
        request = marshal.loads(read_exact_blocking(req_fd, size))
        if request[0] == "exit":
            return
        if request[0] == "call":
            reply = _answer_call(problem, impl, sol_path, request[1], env)
        else:
            reply = _answer_time(problem, impl, sol_path, *request[1:], env=env)
        try:
            write_frame(rep_fd, reply)
        except ValueError:  # marshal refused something plain() let through
            write_frame(rep_fd, ("raise", "runtime_error", "returned a value drill cannot read"))


def _answer_call(
    problem: Problem, impl: Any, sol_path: str, kwargs: dict[str, Any], env: _Builtins
) -> Any:
    try:
        got = plain(run_one(impl, kwargs, problem, env.theirs))
    except NotPlain as exc:
        return ("raise", "runtime_error", str(exc))
    except BaseException as exc:
        return ("raise", _classify(exc), _user_traceback(exc, sol_path))
    return ("ok", got)


def _answer_time(
    problem: Problem,
    impl: Any,
    sol_path: str,
    blob: bytes,
    reps: int,
    budget_s: float,
    *,
    env: _Builtins,
) -> Any:
    """Best-of-`reps` CPU times of the solution and the reference, interleaved, on one input.

    At least two rounds; more while the round trip stays within `budget_s` of wall time.
    """
    clock = time.thread_time
    best = {"sol": math.inf, "ref": math.inf}
    answer: Any = None  # the solution's first answer, for the judge to check
    started = time.perf_counter()
    for rep in range(reps):
        order = ("sol", "ref") if rep % 2 == 0 else ("ref", "sol")
        for who in order:
            kwargs = marshal.loads(blob)
            func = impl if who == "sol" else problem.reference
            if problem.is_class:
                args: Any = kwargs
            else:
                args = {k: to_call(v, problem.kinds.get(k)) for k, v in kwargs.items()}
            gc.disable()
            try:
                with env.theirs():
                    start = clock()
                    if problem.is_class:
                        _run_design_untimed(func, args)
                        got = None
                    else:
                        got = func(**args)
                    elapsed = clock() - start
                if who == "sol" and rep == 0 and not problem.is_class:
                    answer = plain(from_return(got, problem.kinds.get("return")))
            except BaseException as exc:
                if who == "ref":
                    return ("ref_raise", one_line(exc))
                return ("raise", _classify(exc), _user_traceback(exc, sol_path))
            finally:
                gc.enable()
            best[who] = min(best[who], elapsed)
        # Wall time, input building included: big trees cost more to build than to walk.
        if rep >= 1 and time.perf_counter() - started > budget_s:
            break
    return ("timed", best["sol"], best["ref"], answer)


def _run_design_untimed(cls: Any, kwargs: dict[str, Any]) -> None:
    obj = cls(**kwargs.get("init", {}))
    for op, args in kwargs["ops"]:
        getattr(obj, op)(*args)
