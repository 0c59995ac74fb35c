"""The judge's worker: runs in the sandbox, drives the user's code in a child, reports verdicts.

Two processes share the sandbox. The worker (trusted: it loads only the problem module) draws
inputs, runs the reference, compares and times; the solution process, forked from it, loads the
user's file and only ever answers "call this with these arguments" over a pipe, in marshal (which
cannot run code when loaded). Whatever the user's code patches, it patches in its own process.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import gc
import importlib.util
import io
import json
import marshal
import math
import os
import random
import re
import select
import signal
import sys
import time
import traceback
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from drill.core.problems import (
    REQUIRED_CONSTANTS,
    REQUIRED_DEFINITIONS,
    about_n,
    first_difference,
    flat_size,
    literal,
    magnitudes,
    values_equal,
)
from drill.kit import ListNode, TreeNode, from_linked, from_tree, to_linked, to_tree

Kind = str | tuple[str, Any] | None
Send = Callable[[dict[str, Any]], None]

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
    except Exception as exc:
        raise ProblemBug(
            f"{_where(path, exc)}: importing the module raised {_one_line(exc)}"
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


def _one_line(exc: BaseException) -> str:
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


def from_return(value: Any, kind: Kind) -> Any:
    if kind == "list":
        if value is not None and not isinstance(value, ListNode):
            raise TypeError(f"returned a {type(value).__name__}; return a ListNode (or None)")
        return from_linked(value)
    if kind == "tree":
        if value is not None and not isinstance(value, TreeNode):
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


# ---------------------------------------------------------------- plain data and framing


class NotPlain(TypeError):
    pass


def plain(
    value: Any,
    depth: int = 0,
    *,
    _type: Any = type,
    _isinstance: Any = isinstance,
    _hasattr: Any = hasattr,
) -> Any:
    """A copy of `value` made only of builtin data types (what may cross the pipe).

    Builtins are bound as defaults: a solution that patches `builtins.isinstance` in its own
    process must not break how its answers are sent.
    """
    if depth > 200:
        raise NotPlain("returned a value nested more than 200 levels deep")
    if value is None or _type(value) in (bool, int, float, str, bytes):
        return value
    if _isinstance(value, bool):
        return bool(value)
    if _isinstance(value, int):
        return int(value)
    if _isinstance(value, float):
        return float(value)
    if _isinstance(value, str):
        return str(value)
    if _isinstance(value, list):
        return [plain(v, depth + 1) for v in value]
    if _isinstance(value, tuple):
        return tuple(plain(v, depth + 1) for v in value)
    if _isinstance(value, dict):
        return {plain(k, depth + 1): plain(v, depth + 1) for k, v in value.items()}
    if _isinstance(value, set | frozenset):
        return {plain(v, depth + 1) for v in value}
    if _hasattr(value, "tolist"):
        return plain(value.tolist(), depth + 1)
    raise NotPlain(
        f"returned a {_type(value).__name__} object; return plain data "
        "(int, float, str, bool, None, list, tuple, dict, set)"
    )


def _write_frame(fd: int, payload: Any, *, _len: Any = len, _memoryview: Any = memoryview) -> None:
    data = marshal.dumps(payload)
    view = _memoryview(_len(data).to_bytes(8, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact_blocking(
    fd: int, n: int, *, _len: Any = len, _min: Any = min, _bytes: Any = bytes
) -> bytes:
    buf = bytearray()
    while _len(buf) < n:
        chunk = os.read(fd, _min(n - _len(buf), 1 << 20))
        if not chunk:
            raise EOFError
        buf += chunk
    data: bytes = _bytes(buf)
    return data


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


def _user_traceback(exc: BaseException, sol_path: str) -> str:
    """The traceback cut to the frames in the user's file, then the exception line(s)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == sol_path]
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.StackSummary.from_list(frames).format()
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


def _solution_main(problem: Problem, sol_path: str, req_fd: int, rep_fd: int) -> NoReturn:
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
        sys.setrecursionlimit(20_000)
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
        _write_frame(rep_fd, ("compile_error", f"{sol_path}:{exc.lineno}: {exc.msg}\n{text}"))
        return None
    except (OSError, ValueError) as exc:
        _write_frame(rep_fd, ("compile_error", f"{sol_path}: cannot read the file: {exc}"))
        return None
    module = types.ModuleType("solution")
    module.__file__ = sol_path
    sys.modules["solution"] = module
    sys.path.insert(0, str(Path(sol_path).parent))
    try:
        with env.theirs():
            exec(code, module.__dict__)
    except BaseException as exc:
        _write_frame(rep_fd, ("load_error", _classify(exc), _user_traceback(exc, sol_path)))
        return None
    impl = module.__dict__.get(problem.function)
    if impl is None or not callable(impl):
        what = "class" if problem.is_class else "function"
        _write_frame(
            rep_fd,
            (
                "compile_error",
                f"{sol_path}: no {what} named `{problem.function}`; "
                f"define `{'class' if problem.is_class else 'def'} {problem.function}` "
                "(see the starter file)",
            ),
        )
        return None
    _write_frame(rep_fd, ("ready",))
    return impl


def _serve(
    problem: Problem, impl: Any, sol_path: str, req_fd: int, rep_fd: int, env: _Builtins
) -> None:
    while True:
        size = int.from_bytes(_read_exact_blocking(req_fd, 8), "little")
        request = marshal.loads(_read_exact_blocking(req_fd, size))
        if request[0] == "exit":
            return
        if request[0] == "call":
            reply = _answer_call(problem, impl, sol_path, request[1], env)
        else:
            reply = _answer_time(problem, impl, sol_path, *request[1:], env=env)
        try:
            _write_frame(rep_fd, reply)
        except ValueError:  # marshal refused something plain() let through
            _write_frame(rep_fd, ("raise", "runtime_error", "returned a value drill cannot read"))


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
                    else:
                        func(**args)
                    elapsed = clock() - start
            except BaseException as exc:
                if who == "ref":
                    return ("ref_raise", _one_line(exc))
                return ("raise", _classify(exc), _user_traceback(exc, sol_path))
            finally:
                gc.enable()
            best[who] = min(best[who], elapsed)
        # Wall time, input building included: big trees cost more to build than to walk.
        if rep >= 1 and time.perf_counter() - started > budget_s:
            break
    return ("timed", best["sol"], best["ref"])


def _run_design_untimed(cls: Any, kwargs: dict[str, Any]) -> None:
    obj = cls(**kwargs.get("init", {}))
    for op, args in kwargs["ops"]:
        getattr(obj, op)(*args)


# ---------------------------------------------------------------- the worker's side


@dataclass
class Failure(Exception):
    """A failed case; Hypothesis shrinks these."""

    verdict: str
    kwargs: Any = None
    expected: Any = None
    got: Any = None
    error: str | None = None
    message: str = ""
    has_case: bool = True

    def __str__(self) -> str:
        return f"{self.verdict}: {self.message}"


class Abort(BaseException):
    """Stop at once without shrinking (a time-out, a crash): carries the failure to report."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.verdict)
        self.failure = failure


class ProblemAbort(BaseException):
    """The problem module failed while judging: stop, and report a problem error."""


@dataclass
class Sandbox:
    """What the worker knows about where it runs."""

    pid_namespace: bool
    tag: str
    nproc: int
    last_scan: float = 0.0


def _reap(keep: dict[int, int]) -> None:
    """Collect exited children (as PID 1 we inherit every orphan); remember their status."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        keep[pid] = status


def _other_processes(box: Sandbox) -> list[int]:
    """Processes of this judgement besides the worker itself."""
    me = os.getpid()
    if box.pid_namespace:
        pids = []
        for name in os.listdir("/proc"):
            if name.isdigit() and int(name) != me:
                with contextlib.suppress(OSError), open(f"/proc/{name}/stat", "rb") as fh:
                    if fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z":
                        pids.append(int(name))
        return pids
    from drill.judge.sandbox import tagged_processes

    return tagged_processes(box.tag, exclude=(me,))


def _kill_others(box: Sandbox) -> None:
    if box.pid_namespace:
        with contextlib.suppress(OSError):
            os.kill(-1, signal.SIGKILL)  # from a namespace's init: everyone else in it
    else:
        from drill.judge.sandbox import kill_tagged

        kill_tagged(box.tag, exclude=(os.getpid(),))


class TooManyProcesses(Exception):
    pass


class Timeout(Exception):
    pass


@dataclass
class SolutionProcess:
    """The worker's handle on the forked solution process."""

    problem: Problem
    sol_path: str
    box: Sandbox
    msg_fd: int
    pid: int = 0
    req_fd: int = -1
    rep_fd: int = -1
    statuses: dict[int, int] = field(default_factory=dict)

    def start(self) -> None:
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.close(self.msg_fd)
            os.close(req_w)
            os.close(rep_r)
            _solution_main(self.problem, self.sol_path, req_r, rep_w)
        os.close(req_r)
        os.close(rep_w)
        self.pid, self.req_fd, self.rep_fd = pid, req_w, rep_r

    def _watch(self) -> None:
        _reap(self.statuses)
        now = time.monotonic()
        if not self.box.pid_namespace and now - self.box.last_scan < 0.2:
            return
        self.box.last_scan = now
        if len(_other_processes(self.box)) > self.box.nproc:
            _kill_others(self.box)
            raise TooManyProcesses()

    def _wait_readable(self, fd: int, deadline: float, write: bool = False) -> None:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Timeout()
            sets: tuple[list[int], list[int]] = ([], [fd]) if write else ([fd], [])
            ready = select.select(*sets, [], min(remaining, 0.02))
            if ready[0] or ready[1]:
                return
            self._watch()

    def _read_exact(self, n: int, deadline: float) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            self._wait_readable(self.rep_fd, deadline)
            chunk = os.read(self.rep_fd, min(n - len(buf), 1 << 20))
            if not chunk:
                raise EOFError
            buf += chunk
        return bytes(buf)

    def request(self, payload: Any, timeout: float) -> Any:
        """Send one request and wait for the reply (Timeout, EOFError, TooManyProcesses)."""
        deadline = time.monotonic() + timeout
        if payload is not None:
            data = marshal.dumps(payload)
            view = memoryview(len(data).to_bytes(8, "little") + data)
            while view:
                self._wait_readable(self.req_fd, deadline, write=True)
                try:
                    view = view[os.write(self.req_fd, view) :]
                except BrokenPipeError:
                    raise EOFError from None
        size = int.from_bytes(self._read_exact(8, deadline), "little")
        reply = marshal.loads(self._read_exact(size, deadline))
        if not isinstance(reply, tuple) or not reply or not isinstance(reply[0], str):
            raise EOFError
        return reply

    def death(self) -> str:
        """Why the solution process is gone, in words."""
        with contextlib.suppress(ChildProcessError):
            deadline = time.monotonic() + 1.0
            while self.pid not in self.statuses and time.monotonic() < deadline:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.statuses[pid] = status
                    break
                time.sleep(0.005)
        found = self.statuses.get(self.pid)
        if found is None:
            return "the solution process stopped answering"
        status = found
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
            return f"the solution process was killed by {name}" + _signal_hint(sig)
        code = os.WEXITSTATUS(status)
        return f"the solution process exited with code {code} (os._exit? exit()?); return a value"

    def verdict_of_death(self) -> str:
        status = self.statuses.get(self.pid)
        if status is not None and os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if sig == signal.SIGXCPU:
                return "time_limit"
            if sig == signal.SIGXFSZ:
                return "output_limit"
        return "runtime_error"

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            if self.pid not in self.statuses:
                _, status = os.waitpid(self.pid, 0)
                self.statuses[self.pid] = status
        for fd in (self.req_fd, self.rep_fd):
            with contextlib.suppress(OSError):
                os.close(fd)


def _signal_hint(sig: int) -> str:
    hints: dict[int, str] = {
        signal.SIGSEGV: " (a crash: deep recursion or a bad ctypes call?)",
        signal.SIGXCPU: " (CPU time limit)",
        signal.SIGXFSZ: " (file size limit)",
        signal.SIGKILL: " (killed: memory or time)",
        signal.SIGABRT: " (aborted)",
    }
    return hints.get(sig, "")


@dataclass
class Judging:
    """The state of one judgement inside the worker."""

    problem: Problem
    sol: SolutionProcess
    limits: dict[str, Any]
    send: Send
    passed: int = 0
    phase: str = "examples"
    first_failure_at: float | None = None
    best: Failure | None = None
    last_progress: float = 0.0

    def progress(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last_progress > 0.05:
            self.last_progress = now
            self.send({"event": "progress", "phase": self.phase, "passed": self.passed})

    def expected_for(self, kwargs: dict[str, Any]) -> Any:
        try:
            return run_one(self.problem.reference, copy.deepcopy(kwargs), self.problem)
        except Exception as exc:
            raise ProblemAbort(
                f"{self.problem.path}: the reference raised {_one_line(exc)} on {literal(kwargs)}"
            ) from exc

    def accepts(self, kwargs: dict[str, Any], expected: Any, got: Any) -> bool:
        if self.problem.check is None:
            return values_equal(expected, got)
        try:
            return bool(self.problem.check(copy.deepcopy(kwargs), expected, got))
        except Exception:
            return False

    def run_case(self, kwargs: dict[str, Any], expected: Any) -> None:
        """Run the solution on one case; raise Failure (shrinkable) or Abort (final)."""
        try:
            reply = self.sol.request(("call", kwargs), self.limits["call_s"])
        except Timeout:
            raise Abort(
                Failure(
                    "time_limit",
                    kwargs,
                    expected,
                    message=f"no answer within {self.limits['call_s']:g} s on this input",
                )
            ) from None
        except TooManyProcesses:
            raise Abort(
                Failure(
                    "runtime_error",
                    kwargs,
                    expected,
                    message=f"started more than {self.limits['nproc']} processes; "
                    "solutions must not fork",
                )
            ) from None
        except EOFError:
            raise Abort(
                Failure(self.sol.verdict_of_death(), kwargs, expected, message=self.sol.death())
            ) from None
        if reply[0] == "ok":
            got = reply[1]
            if self.accepts(kwargs, expected, got):
                self.passed += 1
                self.progress()
                return
            raise Failure(
                "wrong_answer",
                kwargs,
                expected,
                got,
                message=_diff_note(expected, got, kwargs, self.problem),
            )
        verdict, text = str(reply[1]), str(reply[2])
        failure = Failure(verdict, kwargs, expected, error=text, message=text.splitlines()[-1])
        if verdict == "memory_limit":
            failure.message = f"ran out of memory (limit {self.limits['memory_bytes'] >> 20} MiB)"
            raise Abort(failure)
        if verdict == "output_limit":
            failure.message = f"wrote a file over {self.limits['file_bytes'] >> 20} MiB"
            raise Abort(failure)
        raise failure


def _diff_note(expected: Any, got: Any, kwargs: Any, problem: Problem) -> str:
    if problem.is_class and isinstance(kwargs, dict):
        i = first_difference(expected, got)
        ops = kwargs.get("ops", [])
        if i is not None and i < len(ops):
            op, args = ops[i]
            exp = expected[i] if i < len(expected) else "(nothing)"
            gotten = got[i] if isinstance(got, list) and i < len(got) else "(nothing)"
            call = f"{op}({', '.join(map(repr, args))})"
            return f"first difference at operation {i}, {call}: expected {exp!r}, got {gotten!r}"
    return "wrong answer"


def _case_json(problem: Problem, failure: Failure) -> dict[str, str] | None:
    if not failure.has_case:
        return None
    return {
        "input": literal(failure.kwargs),
        "expected": literal(failure.expected),
        "got": "(no value)"
        if failure.got is None and failure.verdict != "wrong_answer"
        else literal(failure.got),
    }


def _size_of(failure: Failure) -> int:
    return len(repr(failure.kwargs))


def _result(judging: Judging, failure: Failure | None, complexity: Any = None) -> dict[str, Any]:
    if failure is None:
        return {
            "event": "result",
            "verdict": "accepted",
            "passed": judging.passed,
            "total": judging.passed,
            "counterexample": None,
            "error": None,
            "message": "",
            "complexity": complexity,
        }
    return {
        "event": "result",
        "verdict": failure.verdict,
        "passed": judging.passed,
        "total": judging.passed + (1 if failure.has_case else 0),
        "counterexample": _case_json(judging.problem, failure),
        "error": failure.error,
        "message": failure.message,
        "complexity": complexity,
    }


def _run_examples(j: Judging) -> None:
    j.phase = "examples"
    for kwargs, expected in j.problem.examples:
        try:
            j.run_case(copy.deepcopy(kwargs), expected)
        except Failure as failure:
            raise Abort(failure) from None


def _run_hypothesis(j: Judging, db_dir: str | None, max_examples: int, shrink_s: float) -> None:
    from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    j.phase = "hypothesis"
    try:
        strategy = j.problem.inputs()
    except Exception as exc:
        raise ProblemAbort(f"{j.problem.path}: inputs() raised {_one_line(exc)}") from exc

    def case(kwargs: dict[str, Any]) -> None:
        first, best = j.first_failure_at, j.best
        if first is not None and best is not None and time.monotonic() - first > shrink_s:
            raise Abort(best)
        if not isinstance(kwargs, dict):
            raise ProblemAbort(f"{j.problem.path}: inputs() drew {literal(kwargs)}, not a dict")
        expected = j.expected_for(kwargs)
        try:
            j.run_case(copy.deepcopy(kwargs), expected)
        except Failure as failure:
            if j.first_failure_at is None:
                j.first_failure_at = time.monotonic()
            if j.best is None or _size_of(failure) <= _size_of(j.best):
                j.best = failure
            raise

    database = DirectoryBasedExampleDatabase(db_dir) if db_dir else None
    test: Callable[[], None] = settings(
        max_examples=max_examples,
        database=database,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
        report_multiple_bugs=False,
        verbosity=Verbosity.quiet,
        print_blob=False,
    )(seed(0xD811)(given(strategy)(case)))  # type: ignore[no-untyped-call]
    try:
        test()
    except Failure as failure:
        raise Abort(failure) from None
    except (Abort, ProblemAbort):
        raise
    except Exception as exc:
        found = _find_failure(exc)
        if found is not None:
            raise Abort(found) from None
        if j.best is not None:
            raise Abort(j.best) from None
        raise ProblemAbort(
            f"{j.problem.path}: generating inputs failed: {_one_line(exc)}; "
            "run `drill problems check` on it"
        ) from exc


def _find_failure(exc: BaseException) -> Failure | None:
    if isinstance(exc, Failure):
        return exc
    for inner in getattr(exc, "exceptions", ()) or ():
        found = _find_failure(inner)
        if found is not None:
            return found
    return None


GROWTH_START = 128
GROWTH_MAX = 1 << 15
STOP_RATIO = 64.0
SLOW_CALL_S = 0.25
REF_ENOUGH_S = 0.001  # once the reference takes this long (5+ sizes), the trend is clear


def _run_growth(j: Judging) -> dict[str, Any] | None:
    """Time solution and reference on large(n) at doubling n; Abort on a crash or a hang."""
    from drill.core.complexity import MIN_POINTS, judge_growth

    j.phase = "growth"
    j.progress(force=True)
    budget = float(j.limits["growth_s"])
    deadline = time.monotonic() + budget
    sol_t: list[tuple[float, float]] = []
    ref_t: list[tuple[float, float]] = []
    n = GROWTH_START
    while n <= GROWTH_MAX:
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            break
        try:
            kwargs = j.problem.large(n, random.Random(f"{j.problem.slug}:{n}"))
            blob = marshal.dumps(kwargs)
        except Exception as exc:
            raise ProblemAbort(
                f"{j.problem.path}: large({n}, rng) raised {_one_line(exc)}"
            ) from exc
        try:
            reply = j.sol.request(("time", blob, 5, min(remaining, 0.6) / 4), remaining + 0.5)
        except Timeout:
            ref_note = (
                f" (the reference takes {ref_t[-1][1] * 1000:.1f} ms at n={int(ref_t[-1][0])})"
                if ref_t
                else ""
            )
            raise Abort(
                Failure(
                    "time_limit",
                    message=f"did not finish large(n={n}) within the growth check's {budget:g} s"
                    + ref_note,
                    has_case=False,
                )
            ) from None
        except TooManyProcesses:
            raise Abort(
                Failure("runtime_error", message="started too many processes", has_case=False)
            ) from None
        except EOFError:
            raise Abort(
                Failure(
                    j.sol.verdict_of_death(),
                    message=f"on large(n={n}): {j.sol.death()}",
                    has_case=False,
                )
            ) from None
        if reply[0] == "ref_raise":
            raise ProblemAbort(f"{j.problem.path}: the reference raised {reply[1]} on large({n})")
        if reply[0] == "raise":
            verdict, text = str(reply[1]), str(reply[2])
            raise Abort(
                Failure(
                    verdict,
                    kwargs=kwargs,
                    error=text,
                    message=f"on large(n={n}): {text.splitlines()[-1]}",
                )
            )
        sol_time, ref_time = float(reply[1]), float(reply[2])
        sol_t.append((n, sol_time))
        ref_t.append((n, ref_time))
        j.progress()
        if len(sol_t) >= MIN_POINTS and (
            sol_time > SLOW_CALL_S or sol_time > STOP_RATIO * max(ref_time, 1e-7)
        ):
            break
        if len(sol_t) >= 5 and ref_time > REF_ENOUGH_S:
            break
        n *= 2
    if len(sol_t) < 2:
        return None
    growth = judge_growth(j.problem.complexity, sol_t, ref_t)
    out = growth.to_json()
    out["samples"] = [[int(n), s, r] for (n, s), (_, r) in zip(sol_t, ref_t, strict=True)]
    return out


def judge_main(cfg: dict[str, Any], send: Send, msg_fd: int) -> None:
    limits = cfg["limits"]
    try:
        problem = load_problem(Path(cfg["problem_path"]))
    except ProblemBug as exc:
        send({"event": "problem_error", "message": str(exc)})
        return
    box = Sandbox(bool(cfg.get("pid_namespace")), cfg["tag"], int(limits["nproc"]))
    sol = SolutionProcess(problem, str(Path(cfg["solution_path"]).resolve()), box, msg_fd)
    j = Judging(problem, sol, limits, send)
    sol.start()
    failure: Failure | None = None
    complexity = None
    try:
        reply = sol.request(None, float(limits["load_s"]))
        if reply[0] == "compile_error":
            failure = Failure(
                "compile_error",
                error=str(reply[1]),
                message=str(reply[1]).splitlines()[0],
                has_case=False,
            )
        elif reply[0] == "load_error":
            text = str(reply[2])
            failure = Failure(
                str(reply[1]),
                error=text,
                message="importing the file raised " + text.splitlines()[-1],
                has_case=False,
            )
    except Timeout:
        failure = Failure(
            "time_limit",
            message=f"importing the file took over {limits['load_s']:g} s",
            has_case=False,
        )
    except TooManyProcesses:
        failure = Failure(
            "runtime_error", message="started too many processes while importing", has_case=False
        )
    except EOFError:
        failure = Failure(
            sol.verdict_of_death(), message="importing the file: " + sol.death(), has_case=False
        )
    try:
        if failure is None:
            _run_examples(j)
            _run_hypothesis(
                j,
                cfg.get("db_dir"),
                int(cfg.get("max_examples", 150)),
                float(cfg.get("shrink_s", 1.0)),
            )
            if cfg.get("growth", True):
                complexity = _run_growth(j)
                if complexity is not None and not complexity["ok"]:
                    failure = Failure(
                        "too_slow",
                        message=f"correct, but its time grows like n^{complexity['exponent']:.2f}"
                        " where the reference's grows like "
                        f"n^{complexity['reference_exponent']:.2f} (target {problem.complexity})",
                        has_case=False,
                    )
    except Abort as stop:
        failure = stop.failure
    except ProblemAbort as exc:
        sol.stop()
        _kill_others(box)
        send({"event": "problem_error", "message": str(exc)})
        return
    with contextlib.suppress(Timeout, EOFError, TooManyProcesses, OSError):
        if sol.pid not in sol.statuses:
            _write_frame(sol.req_fd, ("exit",))
    _wait_exit(sol, 0.5)
    sol.stop()
    strays = _other_processes(box)
    if strays:
        _kill_others(box)
        note = f"left {len(strays)} process(es) running; solutions must not start processes"
        if failure is None:
            failure = Failure("runtime_error", message=note, has_case=False)
        else:
            failure.message += f"; also {note}"
    send(_result(j, failure, complexity))


def _wait_exit(sol: SolutionProcess, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, status = os.waitpid(sol.pid, os.WNOHANG)
        except ChildProcessError:
            return
        if pid:
            sol.statuses[pid] = status
            return
        time.sleep(0.002)


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
            return values_equal(expected, got)
        return bool(problem.check(copy.deepcopy(kwargs), expected, got))

    for i, (kwargs, expected) in enumerate(problem.examples):
        try:
            got = run_one(problem.reference, copy.deepcopy(kwargs), problem)
        except Exception as exc:
            add("EXAMPLES", f"the reference raises {_one_line(exc)} on EXAMPLES[{i}]; fix it")
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
            add("check", f"check() raised {_one_line(exc)} on EXAMPLES[{i}]")
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
        return [(_line_of(path, "inputs"), f"inputs() raised {_one_line(exc)}")]

    class Found(Exception):
        pass

    def case(kwargs: Any) -> None:
        if not isinstance(kwargs, dict):
            raise Found("inputs", f"inputs() drew {literal(kwargs, 200)}; draw kwargs dicts")
        try:
            got = run_one(problem.reference, copy.deepcopy(kwargs), problem)
        except Exception as exc:
            raise Found(
                "reference", f"the reference raises {_one_line(exc)} on {literal(kwargs, 300)}"
            ) from exc
        if problem.check is not None:
            try:
                good = problem.check(copy.deepcopy(kwargs), got, got)
            except Exception as exc:
                raise Found(
                    "check", f"check() raised {_one_line(exc)} on {literal(kwargs, 300)}"
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
        found.append((_line_of(path, "inputs"), f"inputs() fails: {_one_line(exc)}"))
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
            return [(line, f"large({n}, rng) raised {_one_line(exc)}")]
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
                return [(line, f"the reference raises {_one_line(exc)} on large({n})")]
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
            errors = [(None, f"checking crashed: {_one_line(exc)}")]
        finally:
            signal.alarm(0)
        send({"event": "checked", "path": str(path), "errors": [list(e) for e in errors]})
    send({"event": "checked", "path": None, "errors": []})


# ---------------------------------------------------------------- entry point


def _apply_limits(limits: dict[str, Any], in_namespace: bool) -> None:
    import resource

    def set_limit(which: int, value: int) -> None:
        with contextlib.suppress(ValueError, OSError):
            _, hard = resource.getrlimit(which)
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (value, hard if hard != resource.RLIM_INFINITY else value))

    set_limit(resource.RLIMIT_AS, int(limits["memory_bytes"]))
    set_limit(resource.RLIMIT_FSIZE, int(limits["file_bytes"]))
    set_limit(resource.RLIMIT_CORE, 0)
    set_limit(resource.RLIMIT_NOFILE, int(limits["nofile"]))
    with contextlib.suppress(ValueError, OSError):
        cpu = int(limits["cpu_s"])
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if in_namespace and os.getpid() == 1:
        with contextlib.suppress(OSError), open("/proc/sys/kernel/pid_max", "w") as fh:
            fh.write("301")


def _not_dumpable() -> None:
    """Keep the solution process from reading or tracing the worker's memory."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 0
    except Exception:
        pass


def _messages(fd: int) -> Iterator[Send]:
    out = os.fdopen(fd, "wb", buffering=0)

    def send(msg: dict[str, Any]) -> None:
        out.write(json.dumps(msg, default=repr).encode() + b"\n")

    yield send


def main() -> None:
    """Entry point inside the sandbox: read the config from stdin, judge, report over msg_fd."""
    cfg = json.loads(sys.stdin.buffer.read())
    msg_fd = int(cfg["msg_fd"])
    devnull = open(os.devnull, "w")  # noqa: SIM115 - the worker's own prints go nowhere
    sys.stdout = devnull
    sys.stderr = devnull
    import warnings

    warnings.simplefilter("ignore")
    send = next(_messages(msg_fd))
    send({"event": "started"})
    try:
        _apply_limits(cfg["limits"], bool(cfg.get("pid_namespace")))
        if cfg.get("mode") == "check":
            check_main(cfg, send)
        else:
            _not_dumpable()
            judge_main(cfg, send, msg_fd)
    except BaseException as exc:
        with contextlib.suppress(BaseException):
            send({"event": "internal_error", "message": "".join(traceback.format_exception(exc))})
    finally:
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
        os._exit(0)
