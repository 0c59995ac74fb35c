"""The judge's worker: runs in the sandbox, drives the user's code in a child, reports verdicts.

Two processes share the sandbox. The worker (trusted: it loads only the problem module) draws
inputs, runs and times the reference, compares; the solution process, a fresh interpreter it
starts, hides the user's files from itself, loads the user's file and only ever answers "call
this with these arguments" over a pipe, in marshal (which cannot run code when loaded). Whatever
the user's code patches, it patches in its own process.

Modules: problem.py (the problem contract), shapes.py (how a problem is called), wire.py (plain
data and framing), child.py and jail.py (the solution process), modcheck.py (`drill problems
check`); this one runs a judgement end to end.
"""

from __future__ import annotations

import contextlib
import copy
import json
import marshal
import os
import random
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drill.core.problems import (
    first_difference,
    literal,
    type_hint,
    values_equal,
)
from drill.judge.modcheck import check_main
from drill.judge.problem import Problem, ProblemBug, load_problem, one_line, run_one
from drill.judge.wire import Send, write_frame

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
    rendered: dict[str, str] | None = None
    """The case as text, for a failure found by the second search (its values stay there)."""

    def __str__(self) -> str:
        return f"{self.verdict}: {self.message}"


class Abort(BaseException):
    """Stop at once without shrinking (a time-out, a crash): carries the failure to report."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.verdict)
        self.failure = failure


class Enough(BaseException):
    """The generated inputs asked for have passed and the time for more is spent."""


MORE_S = 0.3
MORE_FACTOR = 4
"""Past the inputs asked for (150 by default), a search alone goes on generating, up to this
many times as many, for MORE_S more; beside a second search (which does that work on another
core) it stops at the inputs asked for."""
SECOND_SEED = 0x5EC0D
"""The second search draws from the attempt's seed mixed with this, so its inputs differ from
the first's but depend on the seed alone."""
SECOND_MAX = 100_000
"""The second search's inputs are bounded by time (it stops when the first search does)."""


class ProblemAbort(BaseException):
    """The problem module failed while judging: stop, and report a problem error."""


PROBLEM_CALL_S = 10.0
"""How long the problem module's own code (the reference on one input, `large(n)`) may run in
the worker before the module, not the solution, is reported as broken."""


@contextlib.contextmanager
def problem_deadline(what: str, seconds: float = PROBLEM_CALL_S) -> Iterator[None]:
    """Run the problem module's code under an alarm: overrunning it is the module's fault."""

    def expired(_signum: int, _frame: object) -> None:
        raise ProblemAbort(f"{what} did not finish within {seconds:g} s; fix the problem module")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process (all its threads), or None without /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


MEMORY_NEAR = 0.5
"""A time limit hit while holding this share of the memory limit is reported as memory_limit
(zeroing 1 GiB of pages takes about 1.6 s of CPU: a memory bomb runs out of time first)."""


def _status_bytes(pid: int, field: bytes) -> int | None:
    """A `Vm...:` figure of /proc/PID/status in bytes, or None without /proc."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def process_peak_bytes(pid: int) -> int | None:
    """The peak virtual memory of a process (what RLIMIT_AS limits)."""
    return _status_bytes(pid, b"VmPeak:")


def process_resident_peak(pid: int) -> int | None:
    """The most resident memory a process has held (VmHWM)."""
    return _status_bytes(pid, b"VmHWM:")


@dataclass
class _CpuBudget:
    pid: int
    limit_s: float
    used_at_start: float
    cap: float
    hard_cap: float

    @classmethod
    def start(cls, pid: int, limit_s: float) -> _CpuBudget | None:
        used = process_cpu_s(pid)
        if used is None:
            return None
        start = time.monotonic()
        return cls(
            pid,
            limit_s,
            used,
            start + limit_s * CPU_WALL_FACTOR,
            start + limit_s * CPU_WALL_FACTOR_RUNNABLE,
        )

    def more_time(self) -> bool:
        used = process_cpu_s(self.pid)
        if used is None or used - self.used_at_start >= self.limit_s:
            return False
        now = time.monotonic()
        if now < self.cap:
            return True
        # Past the soft cap only while it is waiting for a CPU (a busy machine), never while it
        # sleeps or blocks: up to the hard cap.
        return now < self.hard_cap and process_runnable(self.pid)


CHILD_ENV = ("PATH", "LANG", "LC_ALL", "PYTHONDONTWRITEBYTECODE", "DRILL_JUDGE_TAG")
"""The only variables the solution process inherits (HOME and TMPDIR are set by the jail)."""

CPU_WALL_FACTOR = 3.0
"""A call may take this many times its CPU limit in wall time while it is short of CPU..."""
CPU_WALL_FACTOR_RUNNABLE = 12.0
"""...and up to this many while it is still runnable (waiting for a CPU, not sleeping)."""


def process_runnable(pid: int) -> bool:
    """Whether any thread of the process is running or waiting for a CPU (state R)."""
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/stat", "rb") as fh:
                if fh.read().rsplit(b")", 1)[-1].split()[0] == b"R":
                    return True
    except (OSError, IndexError):
        return False
    return False


def spawn_solution(msg_fd: int, sanitize: bool, memory_bytes: int) -> tuple[int, int, int, str]:
    """Start a solution process: a fresh `python -I -S`, its end of two pipes, stdin from
    /dev/null, stdout and stderr the worker's (the parent counts and shows them). Returns its
    pid, the request and reply pipe ends, and drill's root (which the child hides)."""
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    os.set_inheritable(req_r, True)
    os.set_inheritable(rep_w, True)
    drill_root = str(Path(__file__).resolve().parent.parent.parent)
    boot = (
        f"import sys; sys.path[:0] = [{drill_root!r}]; sys.argv = ['drill-solution']; "
        f"from drill.judge.child import main; main({req_r}, {rep_w})"
    )
    env = {k: v for k, v in os.environ.items() if k in CHILD_ENV}
    if sanitize:
        # The sanitizers reserve terabytes of address space (so RLIMIT_AS is off) and
        # enforce the memory limit on resident memory themselves.
        mib = memory_bytes >> 20
        env["ASAN_OPTIONS"] = (
            f"detect_leaks=0:hard_rss_limit_mb={mib}:allocator_may_return_null=1:"
            "abort_on_error=0:exitcode=86:handle_abort=1"
        )
        env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86"
    sys.stdout.flush()
    try:
        pid = os.posix_spawn(
            sys.executable,
            [sys.executable, "-I", "-S", "-c", boot],
            env,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_CLOSE, msg_fd),
            ],
        )
    finally:
        os.close(req_r)
        os.close(rep_w)
    return pid, req_w, rep_r, drill_root


@dataclass
class SolutionProcess:
    """The worker's handle on the forked solution process."""

    problem: Problem
    sol_path: str
    box: Sandbox
    msg_fd: int
    scratch: str = ""
    mount: bool = True
    pid: int = 0
    drill_root: str = ""
    req_fd: int = -1
    rep_fd: int = -1
    statuses: dict[int, int] = field(default_factory=dict)
    binary: str = ""  # a compiled solution (C++) the child runs in its place
    sanitize: bool = False
    json_wire: bool = False  # the binary speaks JSON (marshal is Python's alone)
    memory_bytes: int = 1 << 30  # the sanitizers enforce it themselves (RLIMIT_AS is off)

    def start(self, spawned: tuple[int, int, int, str] | None = None) -> None:
        """Start the solution process (or take one `spawn_solution` started before the problem
        was loaded, so its start-up overlaps the worker's own)."""
        if spawned is None:
            spawned = spawn_solution(self.msg_fd, self.sanitize, self.memory_bytes)
        self.pid, self.req_fd, self.rep_fd, self.drill_root = spawned

    def hello(self, timeout: float) -> Any:
        """Send the solution process what it needs; its first reply (ready or an error)."""
        try:
            source = Path(self.sol_path).read_bytes()
        except OSError as exc:
            return ("compile_error", f"{self.sol_path}: cannot read the file: {exc.strerror}")
        jail: dict[str, Any] = {
            "scratch": self.scratch,
            "mount": self.mount,
            "drop_paths": [self.drill_root],
        }
        if self.binary:
            jail["exec"] = Path(self.binary).read_bytes()
        payload = ("hello", self.problem.shape.spec(), self.sol_path, source, jail)
        if self.binary:  # the Python child reads the hello, then becomes the binary
            self._send(marshal.dumps(payload), time.monotonic() + timeout)
            self.json_wire = True
            return self.request(None, timeout)
        return self.request(payload, timeout)

    def _send(self, data: bytes, deadline: float) -> None:
        view = memoryview(len(data).to_bytes(8, "little") + data)
        while view:
            self._wait_readable(self.req_fd, deadline, write=True)
            try:
                view = view[os.write(self.req_fd, view) :]
            except BrokenPipeError:
                raise EOFError from None

    def _ordered(self, kwargs: Any) -> Any:
        """A call's arguments for a compiled solution: in the reference's order (design
        problems: the constructor's arguments in order, then the operations)."""
        shape = self.problem.shape
        if shape.kind == "design":
            return [list(dict(kwargs.get("init", {})).values()), kwargs.get("ops", [])]
        return [kwargs[name] for name in shape.params]

    def _json_request(self, payload: Any) -> bytes:
        op = payload[0]
        if op == "call":
            out: list[Any] = ["call", self._ordered(payload[1])]
        elif op == "time":
            out = ["time", self._ordered(marshal.loads(payload[1])), payload[2], payload[3]]
        else:
            out = [op]
        return json.dumps(out, separators=(",", ":")).encode()

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

    def _read_exact(self, n: int, deadline: float, cpu: _CpuBudget | None = None) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            try:
                self._wait_readable(self.rep_fd, deadline)
            except Timeout:
                if cpu is None or not cpu.more_time():
                    raise
                deadline = time.monotonic() + 0.05  # busy machine: CPU time is the limit
                continue
            chunk = os.read(self.rep_fd, min(n - len(buf), 1 << 20))
            if not chunk:
                raise EOFError
            buf += chunk
        return bytes(buf)

    def request(self, payload: Any, timeout: float, cpu_limit: bool = False) -> Any:
        """Send one request and wait for the reply (Timeout, EOFError, TooManyProcesses).

        With `cpu_limit`, `timeout` is the solution's CPU time, not wall time: on a busy
        machine a correct answer that got little of the CPU waits on (up to three times the
        limit in wall time) instead of flipping to time_limit."""
        deadline = time.monotonic() + timeout
        cpu = _CpuBudget.start(self.pid, timeout) if cpu_limit else None
        if payload is not None:
            data = self._json_request(payload) if self.json_wire else marshal.dumps(payload)
            self._send(data, deadline)
        size = int.from_bytes(self._read_exact(8, deadline, cpu), "little")
        body = self._read_exact(size, time.monotonic() + max(timeout, 1.0))
        if self.json_wire:
            try:
                decoded = json.loads(body.decode("utf-8", "replace"))
            except ValueError:
                raise EOFError from None
            reply = tuple(decoded) if isinstance(decoded, list) else decoded
        else:
            reply = marshal.loads(body)
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
        if self.sanitize and code == SANITIZER_EXIT:
            return "a sanitizer stopped the solution (its report is in the output below)"
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


SANITIZER_EXIT = 86
"""The exit code the sanitizers are told to use (ASAN_OPTIONS, UBSAN_OPTIONS)."""


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
    large_dir: str | None = None
    """Where large(n) inputs are kept between judgements (None: built every time)."""

    _source_hash: str = ""

    @property
    def source_hash(self) -> str:
        """The problem module's version: its source's hash (read once)."""
        if not self._source_hash:
            import hashlib

            self._source_hash = hashlib.sha256(Path(self.problem.path).read_bytes()).hexdigest()
        return self._source_hash[:16]

    def progress(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last_progress > 0.05:
            self.last_progress = now
            self.send({"event": "progress", "phase": self.phase, "passed": self.passed})

    def expected_for(self, kwargs: dict[str, Any]) -> Any:
        try:
            with problem_deadline(f"{self.problem.path}: the reference on {literal(kwargs)}"):
                return run_one(self.problem.reference, copy.deepcopy(kwargs), self.problem)
        except Exception as exc:
            raise ProblemAbort(
                f"{self.problem.path}: the reference raised {one_line(exc)} on {literal(kwargs)}"
            ) from exc

    def accepts(self, kwargs: dict[str, Any], expected: Any, got: Any) -> bool:
        if self.problem.check is None:
            return values_equal(
                expected,
                got,
                tolerance=self.problem.tolerance,
                any_sequence=self.problem.any_sequence or self.sol.json_wire,
            )
        try:
            return bool(self.problem.check(copy.deepcopy(kwargs), expected, got))
        except Exception:
            return False

    def run_case(self, kwargs: dict[str, Any], expected: Any) -> None:
        """Run the solution on one case; raise Failure (shrinkable) or Abort (final)."""
        try:
            reply = self.sol.request(("call", kwargs), self.limits["call_s"], cpu_limit=True)
        except Timeout:
            peak = process_peak_bytes(self.sol.pid)
            limit = int(self.limits["memory_bytes"])
            if peak is not None and peak >= MEMORY_NEAR * limit:
                # Filling memory costs CPU (every page is zeroed): a solution that runs out of
                # time while holding most of the memory limit ran out of memory.
                raise Abort(
                    Failure(
                        "memory_limit",
                        kwargs,
                        expected,
                        message=f"ran out of memory (it held {peak >> 20} MiB of its "
                        f"{limit >> 20} MiB limit when its time ran out)",
                    )
                ) from None
            raise Abort(
                Failure(
                    "time_limit",
                    kwargs,
                    expected,
                    message=f"no answer within {self.limits['call_s']:g} s of CPU time on this "
                    "input",
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
        if "Sanitizer" in text:  # the report of a C++ run, sent as it aborts: final
            from drill.judge.cpp import trim_sanitizer_report

            text = trim_sanitizer_report(text, self.sol.sol_path, self.sol.binary)
            raise Abort(
                Failure(verdict, kwargs, expected, error=text, message=text.splitlines()[0])
            )
        failure = Failure(
            verdict, kwargs, expected, error=text, message=(text.splitlines() or [""])[-1]
        )
        if verdict == "memory_limit":
            failure.message = f"ran out of memory (limit {self.limits['memory_bytes'] >> 20} MiB)"
            raise Abort(failure)
        if verdict == "output_limit":
            failure.message = f"wrote a file over {self.limits['file_bytes'] >> 20} MiB"
            raise Abort(failure)
        raise failure


def _diff_note(expected: Any, got: Any, kwargs: Any, problem: Problem) -> str:
    if problem.is_class and isinstance(kwargs, dict):
        i = first_difference(
            expected, got, tolerance=problem.tolerance, any_sequence=problem.any_sequence
        )
        ops = kwargs.get("ops", [])
        if i is not None and i < len(ops):
            op, args = ops[i]
            exp = expected[i] if i < len(expected) else "(nothing)"
            gotten = got[i] if isinstance(got, list) and i < len(got) else "(nothing)"
            call = f"{op}({', '.join(map(repr, args))})"
            return f"first difference at operation {i}, {call}: expected {exp!r}, got {gotten!r}"
    return type_hint(expected, got) or "wrong answer"


def _case_json(problem: Problem, failure: Failure) -> dict[str, str] | None:
    if not failure.has_case:
        return None
    if failure.rendered is not None:
        return failure.rendered
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
    for number, (kwargs, expected) in enumerate(j.problem.examples):
        ref = j.expected_for(kwargs)
        if not j.accepts(kwargs, expected, ref):
            raise ProblemAbort(
                f"{j.problem.path}: the reference gives {literal(ref)} on EXAMPLES[{number}], "
                f"which declares {literal(expected)}; fix the reference or the example"
            )
        try:
            j.run_case(copy.deepcopy(kwargs), expected)
        except Failure as failure:
            raise Abort(failure) from None


def _run_hypothesis(
    j: Judging,
    db_dir: str | None,
    max_examples: int,
    shrink_s: float,
    seed_value: int,
    stop: Callable[[], bool] | None = None,
    more_s: float = MORE_S,
) -> None:
    from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    j.phase = "hypothesis"
    try:
        strategy = j.problem.inputs()
    except Exception as exc:
        raise ProblemAbort(f"{j.problem.path}: inputs() raised {one_line(exc)}") from exc

    calls = 0
    reached = [0.0]  # when the inputs asked for had all passed

    def case(kwargs: dict[str, Any]) -> None:
        nonlocal calls
        first, best = j.first_failure_at, j.best
        if first is not None and best is not None and time.monotonic() - first > shrink_s:
            raise Abort(best)
        calls += 1
        if calls == max_examples:
            reached[0] = time.monotonic()
        if first is None and calls > max_examples and time.monotonic() - reached[0] > more_s:
            raise Enough()
        if first is None and stop is not None and stop():
            raise Enough()
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
        max_examples=max_examples * MORE_FACTOR
        if max_examples <= 1000 and stop is None
        else max_examples,
        database=database,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
        report_multiple_bugs=False,
        verbosity=Verbosity.quiet,
        print_blob=False,
    )(seed(seed_value)(given(strategy)(case)))  # type: ignore[no-untyped-call]
    try:
        test()
    except Enough:
        return
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
            f"{j.problem.path}: generating inputs failed: {one_line(exc)}; "
            "run `drill problems check` on it"
        ) from exc


# ---------------------------------------------------------------- the second search


@dataclass
class SecondSearch:
    """A fork of the worker that runs a second Hypothesis search, with its own solution
    process and a seed of its own, on another core while the first search and the growth
    check run: more inputs in the same time, so a bug on 1 input in 100 is met. Its result
    (inputs passed, or the failure it found and shrank) comes back over a pipe."""

    pid: int
    result_fd: int
    stop_fd: int

    def finish(self, timeout: float) -> dict[str, Any] | None:
        """Tell it to stop, wait for its report (None: it had none in time)."""
        with contextlib.suppress(OSError):
            os.write(self.stop_fd, b"x")
            os.close(self.stop_fd)
        data = b""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            ready, _, _ = select.select([self.result_fd], [], [], remaining)
            if not ready:
                break
            chunk = os.read(self.result_fd, 65536)
            if not chunk:
                break
            data += chunk
        os.close(self.result_fd)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        head, _, body = data.partition(b"\n")
        if head.startswith(b"P") and head[1:].isdigit():  # its solution process, if left
            with contextlib.suppress(OSError):
                os.kill(int(head[1:]), signal.SIGKILL)
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(int(head[1:]), os.WNOHANG)
        try:
            report: dict[str, Any] = json.loads(body)
        except ValueError:
            return None
        return report


def _start_second(
    cfg: dict[str, Any], problem: Problem, first: SolutionProcess, box: Sandbox
) -> SecondSearch | None:
    cores = os.cpu_count() or 1
    wanted = cfg.get("second")  # True: always (tests); False: never; None: on an idle core
    busy = wanted is None and os.getloadavg()[0] > cores - 0.5
    if cores < 2 or wanted is False or busy:
        return None  # no idle core: a second search would only slow the first
    result_r, result_w = os.pipe()
    stop_r, stop_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (result_r, result_w, stop_r, stop_w):
            os.close(fd)
        return None
    if pid:
        os.close(result_w)
        os.close(stop_r)
        return SecondSearch(pid, result_r, stop_w)
    # the fork: nothing of it may reach the parent but its one report
    code = 0
    try:
        os.close(result_r)
        os.close(stop_w)
        for fd in (first.req_fd, first.rep_fd, first.msg_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # the second solution's prints are not shown twice
        os.dup2(devnull, 2)
        code = _second_main(cfg, problem, first, box, result_w, stop_r)
    except BaseException:
        code = 1
    os._exit(code)


def _second_main(
    cfg: dict[str, Any],
    problem: Problem,
    first: SolutionProcess,
    box: Sandbox,
    result_w: int,
    stop_r: int,
) -> int:
    limits = cfg["limits"]
    sol = SolutionProcess(
        problem,
        first.sol_path,
        box,
        result_w,
        scratch=first.scratch,
        mount=first.mount,
        binary=first.binary,
        sanitize=first.sanitize,
        memory_bytes=first.memory_bytes,
    )
    report: dict[str, Any] = {"passed": 0}
    try:
        sol.start()
        os.write(result_w, b"P%d\n" % sol.pid)
        reply = sol.hello(float(limits["load_s"]))
        if reply[0] != "ready":
            return 0
        j = Judging(problem, sol, limits, lambda _msg: None)

        def stop() -> bool:
            return bool(select.select([stop_r], [], [], 0)[0])

        try:
            _run_hypothesis(
                j,
                cfg.get("db_dir"),
                SECOND_MAX,
                float(cfg.get("shrink_s", 1.0)),
                (int(cfg.get("seed", 0xD811)) ^ SECOND_SEED) & 0xFFFFFFFF,
                stop=stop,
            )
        except Abort as found:
            failure = found.failure
            report["failure"] = {
                "verdict": failure.verdict,
                "error": failure.error,
                "message": failure.message,
                "has_case": failure.has_case,
                "case": _case_json(problem, failure),
            }
        except ProblemAbort:
            pass  # the first search reports a broken problem itself
        report["passed"] = j.passed
    finally:
        with contextlib.suppress(BaseException):
            sol.stop()
        with contextlib.suppress(BaseException):
            os.write(result_w, json.dumps(report, default=repr).encode())
            os.close(result_w)
    return 0


def _second_result(j: Judging, second: SecondSearch | None, shrink_s: float) -> Failure | None:
    """Stop the second search and take its inputs into the count, or its failure as the
    verdict (it was shrunk there, as the first search would have)."""
    if second is None:
        return None
    report = second.finish(shrink_s + 1.0)
    if report is None:
        return None
    j.passed += int(report.get("passed") or 0)
    found = report.get("failure")
    if not isinstance(found, dict):
        return None
    return Failure(
        str(found.get("verdict") or "wrong_answer"),
        error=found.get("error"),
        message=str(found.get("message") or ""),
        has_case=bool(found.get("has_case")),
        rendered=found.get("case") if isinstance(found.get("case"), dict) else None,
    )


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
SLOW_BEHIND = 8.0
"""A solution this many times slower than the reference at the last size it finished, which
then cannot finish the next size in the budget, is too slow (not hanging)."""
REF_ENOUGH_S = 0.02
"""Once the reference takes this long (at 5+ sizes) the trend is clear: far enough that an
O(n^2) answer to an O(n log n) problem (7.6x slower at n=2048, where the reference takes 1 ms)
is hundreds of times slower at the last size, not a borderline fit."""


FLAT_RATIO = 1.3
"""The solution/reference time ratio may vary this much over the last three sizes for the
trend to count as flat (an n^0.5 excess, the least the growth check flags, doubles it)."""
FLAT_MIN_REF_S = 0.001
"""...and only once the reference takes this long, well clear of timer noise."""


def _flat(sol_t: list[tuple[float, float]], ref_t: list[tuple[float, float]]) -> bool:
    ratios = [s / max(r, 1e-9) for (_, s), (_, r) in zip(sol_t[-3:], ref_t[-3:], strict=True)]
    return max(ratios) <= FLAT_RATIO * min(ratios)


def _run_growth(j: Judging) -> dict[str, Any] | None:
    """Time solution and reference on large(n) at doubling n; Abort on a crash or a hang."""
    from drill.core.complexity import MIN_POINTS, judge_growth

    j.phase = "growth"
    j.progress(force=True)
    budget = float(j.limits["growth_s"])
    deadline = time.monotonic() + budget
    sol_t: list[tuple[float, float]] = []
    ref_t: list[tuple[float, float]] = []
    largest: tuple[int, dict[str, Any], Any] | None = None
    n = GROWTH_START
    while n <= GROWTH_MAX:
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            break
        kwargs, blob = _large_input(j, n)
        # Rounds of reference then solution (then solution then reference...), the best of
        # each kept: the two run in different processes, so interleaving them is what makes a
        # busy machine slow both alike.
        ref_time = sol_time = float("inf")
        answer: Any = None
        round_budget = min(remaining, 0.6) / 4
        started = time.perf_counter()
        for rep in range(5):
            for who in ("ref", "sol") if rep % 2 == 0 else ("sol", "ref"):
                if who == "ref":
                    ref_time = min(ref_time, _time_reference(j, n, blob, 1, 0.0))
                    continue
                reply = _time_solution(j, n, kwargs, blob, budget, deadline, sol_t, ref_t)
                sol_time = min(sol_time, float(reply[1]))
                if rep == 0:
                    answer = reply[2]
            if rep >= 1 and time.perf_counter() - started > round_budget:
                break
        largest = (n, kwargs, answer)
        sol_t.append((n, sol_time))
        ref_t.append((n, ref_time))
        j.progress()
        if len(sol_t) >= MIN_POINTS and (
            sol_time > SLOW_CALL_S or sol_time > STOP_RATIO * max(ref_time, 1e-7)
        ):
            break
        if len(sol_t) >= 5 and ref_time > REF_ENOUGH_S:
            break
        if len(sol_t) >= 5 and ref_time > FLAT_MIN_REF_S and _flat(sol_t, ref_t):
            # The solution keeps pace with the reference over three doublings: one round
            # far out (8x) confirms the trend, and checks the answer on a big input, in
            # place of the doublings in between.
            far = min(GROWTH_MAX, n * 8)
            if far > n and deadline - time.monotonic() > 0.1:
                kwargs, blob = _large_input(j, far)
                ref_time = _time_reference(j, far, blob, 1, 0.0)
                reply = _time_solution(j, far, kwargs, blob, budget, deadline, sol_t, ref_t)
                largest = (far, kwargs, reply[2])
                sol_t.append((far, float(reply[1])))
                ref_t.append((far, ref_time))
            break
        n *= 2
    if largest is not None:
        _check_large_answer(j, *largest)
    if len(sol_t) < MIN_POINTS:
        # The budget ran out before three sizes were timed: when the solution's own time is
        # what used it up, that is a solution too slow to measure, never an accepted one.
        spent_sol = sum(t for _, t in sol_t)
        spent_ref = sum(t for _, t in ref_t)
        if n <= GROWTH_MAX and sol_t and spent_sol > SLOW_BEHIND * max(spent_ref, 1e-6):
            raise Abort(
                Failure(
                    "too_slow",
                    message=f"correct, but too slow to be timed at {MIN_POINTS} sizes within "
                    f"the growth check's {budget:g} s (it took {sol_t[-1][1] * 1000:.0f} ms at "
                    f"n={int(sol_t[-1][0])}, the reference {ref_t[-1][1] * 1000:.1f} ms)",
                    has_case=False,
                )
            )
        if len(sol_t) < 2:
            return None
    growth = judge_growth(j.problem.complexity, sol_t, ref_t)
    out = growth.to_json()
    out["samples"] = [[int(n), s, r] for (n, s), (_, r) in zip(sol_t, ref_t, strict=True)]
    return out


LARGE_CACHE_S = 0.005
"""Only inputs slower than this to build are kept (the big sizes of costly problems): the
cache stays small, a few MiB for the whole bank."""


def _large_input(j: Judging, n: int) -> tuple[dict[str, Any], bytes]:
    """large(n) and its marshalled form. large(n, rng) is deterministic (its rng is seeded by
    the slug and n), so the blob is kept per version of the problem module (its source's
    hash) in the judge's cache: every re-judge after the first skips building big inputs."""
    cached: Path | None = None
    if j.large_dir:
        cached = Path(j.large_dir) / f"{j.problem.slug}-{j.source_hash}-{n}.marshal"
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            blob = cached.read_bytes()
            kwargs = marshal.loads(blob)
            if isinstance(kwargs, dict):
                return kwargs, blob
    started = time.perf_counter()
    try:
        with problem_deadline(f"{j.problem.path}: large({n}, rng)"):
            kwargs = j.problem.large(n, random.Random(f"{j.problem.slug}:{n}"))
        blob = marshal.dumps(kwargs)
    except Exception as exc:
        raise ProblemAbort(f"{j.problem.path}: large({n}, rng) raised {one_line(exc)}") from exc
    if cached is not None and time.perf_counter() - started > LARGE_CACHE_S:
        with contextlib.suppress(OSError):
            tmp = cached.with_name(f".{cached.name}.{os.getpid()}")
            tmp.write_bytes(blob)
            os.replace(tmp, cached)
    return kwargs, blob


def _time_solution(
    j: Judging,
    n: int,
    kwargs: dict[str, Any],
    blob: bytes,
    budget: float,
    deadline: float,
    sol_t: list[tuple[float, float]],
    ref_t: list[tuple[float, float]],
) -> Any:
    """One timed run of the solution on large(n): its ("timed", seconds, answer) reply, or an
    Abort with the verdict (a hang, a crash, too many processes, a raise)."""
    remaining = deadline - time.monotonic()
    try:
        reply = j.sol.request(("time", blob, 1, 0.0), max(remaining, 0.05) + 0.5)
    except Timeout:
        ref_note = (
            f" (the reference takes {ref_t[-1][1] * 1000:.1f} ms at n={int(ref_t[-1][0])})"
            if ref_t
            else ""
        )
        # Correct on every small input and already far behind the reference at the last
        # size it finished: that is a solution too slow for the target, not a hang, even
        # when a loaded machine runs out of the growth budget before the trend is fitted.
        behind = bool(sol_t) and sol_t[-1][1] > SLOW_BEHIND * max(ref_t[-1][1], 1e-6)
        raise Abort(
            Failure(
                "too_slow" if behind else "time_limit",
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
    return reply


def _time_reference(j: Judging, n: int, blob: bytes, reps: int, budget_s: float) -> float:
    """The best of `reps` CPU times of the reference on one input, measured as the solution's
    are (building the input and reading the answer not timed), in the worker."""
    import gc

    shape = j.problem.shape
    best = float("inf")
    started = time.perf_counter()
    with problem_deadline(f"{j.problem.path}: the reference on large({n})"):
        for rep in range(reps):
            args = shape.prepare(marshal.loads(blob))
            gc.disable()
            try:
                start = time.thread_time()  # exact: the process clock ticks at 4 ms here
                shape.invoke(j.problem.reference, args)
                best = min(best, time.thread_time() - start)
            except Exception as exc:
                raise ProblemAbort(
                    f"{j.problem.path}: the reference raised {one_line(exc)} on large({n})"
                ) from exc
            finally:
                gc.enable()
            if rep >= 1 and time.perf_counter() - started > budget_s:
                break
    return best


def _check_large_answer(j: Judging, n: int, kwargs: dict[str, Any], got: Any) -> None:
    """The answer on the largest timed input must be right too: a solution correct on small
    inputs that returns anything on big ones is wrong, not fast."""
    expected = j.expected_for(kwargs)
    if not j.accepts(kwargs, expected, got):
        raise Abort(
            Failure(
                "wrong_answer",
                kwargs,
                expected,
                got=got,
                message=f"wrong answer on large(n={n}), the growth check's biggest input",
            )
        )


def judge_main(cfg: dict[str, Any], send: Send, msg_fd: int) -> None:
    limits = cfg["limits"]
    # the solution process starts first: its start-up overlaps loading the problem (and
    # Hypothesis with it), the slowest part of the worker's own
    spawned = spawn_solution(msg_fd, bool(cfg.get("sanitize")), int(limits["memory_bytes"]))
    try:
        problem = load_problem(Path(cfg["problem_path"]))
    except ProblemBug as exc:
        with contextlib.suppress(OSError):
            os.kill(spawned[0], signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(spawned[0], 0)
        send({"event": "problem_error", "message": str(exc)})
        return
    box = Sandbox(bool(cfg.get("pid_namespace")), cfg["tag"], int(limits["nproc"]))
    sol = SolutionProcess(
        problem,
        str(Path(cfg["solution_path"]).resolve()),
        box,
        msg_fd,
        scratch=str(cfg.get("scratch") or os.getcwd()),
        mount=bool(cfg.get("pid_namespace")),
        binary=str(cfg.get("binary") or ""),
        sanitize=bool(cfg.get("sanitize")),
        memory_bytes=int(limits["memory_bytes"]),
    )
    j = Judging(problem, sol, limits, send, large_dir=cfg.get("large_dir"))
    failure: Failure | None = None
    complexity = None
    try:
        sol.start(spawned)
        reply = sol.hello(float(limits["load_s"]))
        if reply[0] == "ready":
            send({"event": "isolation", "files": str(reply[1])})
        elif reply[0] == "compile_error":
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
    second: SecondSearch | None = None
    try:
        if failure is None:
            second = _start_second(cfg, problem, sol, box)
            _run_examples(j)
            _run_hypothesis(
                j,
                cfg.get("db_dir"),
                int(cfg.get("max_examples", 150)),
                float(cfg.get("shrink_s", 1.0)),
                int(cfg.get("seed", 0xD811)),
                more_s=MORE_S if second is None else 0.0,
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
            # a wrong answer the second search found comes before a growth verdict
            found = _second_result(j, second, float(cfg.get("shrink_s", 1.0)))
            second = None
            if found is not None:
                failure = found
    except Abort as stop:
        failure = stop.failure
    except ProblemAbort as exc:
        if second is not None:
            second.finish(0.0)
        sol.stop()
        _kill_others(box)
        send({"event": "problem_error", "message": str(exc)})
        return
    if second is not None:  # the first search failed: the second's report adds nothing
        second.finish(0.0)
    peak = process_resident_peak(sol.pid)  # before it is told to exit
    with contextlib.suppress(Timeout, EOFError, TooManyProcesses, OSError):
        if sol.pid not in sol.statuses:
            if sol.json_wire:
                sol._send(b'["exit"]', time.monotonic() + 0.5)
            else:
                write_frame(sol.req_fd, ("exit",))
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
    result = _result(j, failure, complexity)
    result["peak_bytes"] = peak
    send(result)


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


# ---------------------------------------------------------------- entry point


def _apply_limits(limits: dict[str, Any], in_namespace: bool) -> None:
    import resource

    def set_limit(which: int, value: int) -> None:
        with contextlib.suppress(ValueError, OSError):
            _, hard = resource.getrlimit(which)
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (value, hard if hard != resource.RLIM_INFINITY else value))

    if not limits.get("no_address_limit"):  # the sanitizers' shadow memory needs terabytes
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
