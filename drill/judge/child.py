"""The solution process (the child): a fresh interpreter that loads the user's file and answers.

The worker starts it with `python -I -S` (never a fork of itself, so nothing of the judge, its
paths, settings or the reference, is in its memory) and sends one "hello" frame: the problem's
shape (plain data), the solution's path (for tracebacks) and source, and where it may write.
The child hides the user's files (jail.py), gives up every capability, then runs the user's code
and only ever answers "call this with these arguments" in marshal (which cannot run code).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import linecache
import marshal
import math
import os
import sys
import time
import traceback
import types
from collections.abc import Iterator
from typing import Any, NoReturn

from drill.core.names import camel
from drill.judge.shapes import Shape, find_solution, leetcode_globals
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


def _keep_heap() -> None:
    """Let malloc keep freed memory instead of handing it back to the kernel: a fresh
    interpreter's first big lists otherwise pay page faults on every timed run (a few
    microseconds at n=128), which a forked worker's warm heap never did."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD
        libc.mallopt(-2, 16 << 20)  # M_TOP_PAD
        libc.mallopt(-3, 256 << 20)  # M_MMAP_THRESHOLD: big blocks from the heap too


def read_frame(fd: int) -> Any:
    size = int.from_bytes(read_exact_blocking(fd, 8), "little")
    return marshal.loads(read_exact_blocking(fd, size))


def main(req_fd: int, rep_fd: int) -> NoReturn:
    """Entry point of the solution process: isolate, load the user's file, answer until told."""
    code = 0
    try:
        hello = read_frame(req_fd)
        shape = Shape.from_spec(hello[1])
        sol_path, source, jail = str(hello[2]), bytes(hello[3]), dict(hello[4])
        # Everything the rest needs is imported now: the jail hides drill's own files.
        import drill.judge.jail as jailing

        stdlib = [p for p in sys.path if p not in jail["drop_paths"]]
        sys.path[:] = stdlib
        how = jailing.isolate(str(jail["scratch"]), stdlib, mount=bool(jail["mount"]))
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
        if "exec" in jail:
            _become(bytes(jail["exec"]), req_fd, rep_fd, how)
        sys.setrecursionlimit(100_000)  # deep enough for a recursive answer on large(32768)
        _keep_heap()
        env = _Builtins()
        impl = _load_solution(shape, sol_path, source, rep_fd, env, how)
        if impl is not None:
            _serve(shape, impl, sol_path, req_fd, rep_fd, env)
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _become(binary: bytes, req_fd: int, rep_fd: int, how: str) -> NoReturn:
    """Run a compiled solution in this process's place: the jail, the limits and the dropped
    capabilities stay with it across exec. It answers over the same two pipes (in JSON)."""
    path = os.path.join(os.environ.get("HOME", "."), "solution")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o700)
    try:
        view = memoryview(binary)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    for keep in (req_fd, rep_fd):
        os.set_inheritable(keep, True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    os.execve(path, [path, str(req_fd), str(rep_fd), how], env)


def _load_solution(
    shape: Shape, sol_path: str, source: bytes, rep_fd: int, env: _Builtins, how: str
) -> Any:
    text = source.decode("utf-8", errors="replace")
    linecache.cache[sol_path] = (len(text), None, text.splitlines(True), sol_path)
    try:
        code = compile(source, sol_path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        text = "".join(traceback.format_exception_only(type(exc), exc)).rstrip()
        write_frame(rep_fd, ("compile_error", f"{sol_path}:{exc.lineno}: {exc.msg}\n{text}"))
        return None
    except ValueError as exc:
        write_frame(rep_fd, ("compile_error", f"{sol_path}: cannot compile the file: {exc}"))
        return None
    module = types.ModuleType("solution")
    module.__dict__.update(leetcode_globals(shape))  # List, Optional, ListNode... as on LeetCode
    module.__file__ = sol_path
    sys.modules["solution"] = module
    try:
        with env.theirs():
            exec(code, module.__dict__)
    except BaseException as exc:
        write_frame(rep_fd, ("load_error", _classify(exc), _user_traceback(exc, sol_path)))
        return None
    found = find_solution(module.__dict__, shape)
    if found is None:
        what = "class" if shape.is_class else "function"
        leetcode = (
            ""
            if shape.is_class
            else (f", or LeetCode's `class Solution` with a method `{camel(shape.name)}`")
        )
        write_frame(
            rep_fd,
            (
                "compile_error",
                f"{sol_path}: no {what} named `{shape.name}`; "
                f"define `{'class' if shape.is_class else 'def'} {shape.name}`"
                f"{leetcode} (see the starter file)",
            ),
        )
        return None
    write_frame(rep_fd, ("ready", how))
    return found[0]


def _serve(
    shape: Shape, impl: Any, sol_path: str, req_fd: int, rep_fd: int, env: _Builtins
) -> None:
    while True:
        request = read_frame(req_fd)
        if request[0] == "exit":
            return
        if request[0] == "call":
            reply = _answer_call(shape, impl, sol_path, request[1], env)
        else:
            reply = _answer_time(shape, impl, sol_path, *request[1:], env=env)
        try:
            write_frame(rep_fd, reply)
        except ValueError:  # marshal refused something plain() let through
            write_frame(rep_fd, ("raise", "runtime_error", "returned a value drill cannot read"))


def _answer_call(
    shape: Shape, impl: Any, sol_path: str, kwargs: dict[str, Any], env: _Builtins
) -> Any:
    try:
        got = plain(shape.call(impl, kwargs, env.theirs))
    except NotPlain as exc:
        return ("raise", "runtime_error", str(exc))
    except BaseException as exc:
        return ("raise", _classify(exc), _user_traceback(exc, sol_path))
    return ("ok", got)


CLOCK_TICK_S = 0.004
"""The process CPU clock's step while RLIMIT_CPU is set (one scheduler tick at HZ=250)."""


def _answer_time(
    shape: Shape,
    impl: Any,
    sol_path: str,
    blob: bytes,
    reps: int,
    budget_s: float,
    *,
    env: _Builtins,
) -> Any:
    """The best of `reps` CPU times of the solution on one input, and its first answer.

    CPU time of the whole process (every thread), so work in a helper thread counts; building
    the input and reading the answer are not timed. At least two runs, more while within
    `budget_s` of wall time.

    With RLIMIT_CPU set the kernel keeps the process clock only to the scheduler tick, so the
    calling thread's clock (exact) is used unless the process clock shows other threads' work."""
    best = math.inf
    answer: Any = None
    started = time.perf_counter()
    for rep in range(reps):
        args = shape.prepare(marshal.loads(blob))
        gc.disable()
        try:
            with env.theirs():  # once around the clock: swapping builtins is not timed
                start_all = time.process_time()  # outside the exact clock's window
                start = time.thread_time()
                raw = shape.invoke(impl, args)
                mine = time.thread_time() - start
                every = time.process_time() - start_all
            # The process clock is off by up to a tick either way: it only counts when other
            # threads clearly did work, else the exact thread clock stands.
            elapsed = every if every > mine + 2 * CLOCK_TICK_S else mine
            if rep == 0:
                answer = plain(shape.finish(raw, args))
        except BaseException as exc:
            return ("raise", _classify(exc), _user_traceback(exc, sol_path))
        finally:
            gc.enable()
        best = min(best, elapsed)
        del raw, args
        if rep >= 1 and time.perf_counter() - started > budget_s:
            break
    return ("timed", best, answer)
