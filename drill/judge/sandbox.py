"""Spawn the judge's worker under OS limits, watch its output and time, and kill all it started."""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

TAG_VAR = "DRILL_JUDGE_TAG"
# The smallest pid_max Linux accepts in a PID namespace (RESERVED_PIDS + 1): a hard ceiling on
# the processes a solution can have alive at once, whatever it does to the polled limit.
PID_MAX_IN_NAMESPACE = 301


@dataclass(frozen=True)
class Limits:
    """What one judgement may use. The worker applies the rlimits to itself and the solution."""

    wall_s: float = 30.0  # the whole judgement, enforced by the parent's watchdog
    cpu_s: int = 20  # RLIMIT_CPU of each process
    call_s: float = 1.0  # one call of the solution on a small input
    load_s: float = 3.0  # importing the solution file
    growth_s: float = 2.5  # the whole growth check
    memory_bytes: int = 1 << 30  # RLIMIT_AS of each process
    file_bytes: int = 16 << 20  # RLIMIT_FSIZE: the largest file the solution may write
    output_bytes: int = 1 << 20  # everything the solution prints
    nproc: int = 32  # processes alive at once in the sandbox (polled by the worker)
    nofile: int = 256
    no_address_limit: bool = False  # sanitized C++: no RLIMIT_AS (the sanitizer limits RSS)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Protections:
    """Which isolation this machine allows; `drill doctor` prints it."""

    unshare: str | None
    user_namespace: bool
    pid_namespace: bool
    net_namespace: bool
    is_root: bool
    landlock_abi: int = 0

    @property
    def namespaces(self) -> bool:
        return self.pid_namespace

    def describe(self) -> list[tuple[str, bool, str]]:
        """(protection, active, how) rows for `drill doctor`."""
        ns = self.pid_namespace
        return [
            ("CPU time limit", True, "RLIMIT_CPU on each process, plus a per-case wall clock"),
            ("wall-clock watchdog", True, "the parent kills the whole sandbox on overrun"),
            ("address-space limit", True, "RLIMIT_AS (MemoryError -> memory_limit)"),
            ("file-size limit", True, "RLIMIT_FSIZE"),
            ("output cap", True, "the parent counts printed bytes and stops a flood"),
            ("no core dumps", True, "RLIMIT_CORE = 0"),
            ("scratch working directory", True, "a fresh temporary folder, removed afterwards"),
            ("minimal environment", True, "python -I -S, a handful of variables"),
            (
                "tamper-proof comparison",
                True,
                "results are compared in a process without user code",
            ),
            (
                "kill every descendant",
                True,
                "PID namespace: killing its init kills all" if ns else "process group + /proc scan",
            ),
            (
                "process limit",
                ns,
                f"PID namespace: pid_max {PID_MAX_IN_NAMESPACE} + polled count"
                if ns
                else "not enforced: no PID namespace (RLIMIT_NPROC does not bind root)",
            ),
            (
                "file isolation",
                ns or self.landlock_abi > 0,
                "private root: the solution sees only the stdlib, /usr and an empty home"
                if ns
                else f"Landlock ABI {self.landlock_abi}: reads only the stdlib and /usr, "
                "writes only its scratch home"
                if self.landlock_abi
                else "not isolated: no namespaces and no Landlock; the solution can read "
                "and write what you can",
            ),
            (
                "no network",
                self.net_namespace,
                "empty network namespace (unshare --net)"
                if self.net_namespace
                else "not isolated: unprivileged network namespaces are unavailable",
            ),
        ]


_probe_lock = threading.Lock()
_probed: Protections | None = None


def _try(cmd: list[str]) -> bool:
    try:
        done = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=5, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def probe(refresh: bool = False) -> Protections:
    """Find out (once per process) which namespaces `unshare` can create here."""
    global _probed
    with _probe_lock:
        if _probed is not None and not refresh:
            return _probed
        disabled = os.environ.get("DRILL_JUDGE_NO_NAMESPACES") == "1"
        unshare = (
            None if disabled or not sys.platform.startswith("linux") else shutil.which("unshare")
        )
        is_root = hasattr(os, "geteuid") and os.geteuid() == 0
        user = pid = net = False
        if unshare:
            base = [unshare, "--pid", "--fork", "--kill-child", "--mount", "--mount-proc"]
            if _try([unshare, "--user", "--map-root-user", "--net", *base[1:], "true"]):
                user = pid = net = True
            elif is_root and _try([unshare, "--net", *base[1:], "true"]):
                pid = net = True
            elif _try([unshare, "--user", "--map-root-user", *base[1:], "true"]):
                user = pid = True
        from drill.judge.jail import landlock_abi

        _probed = Protections(unshare, user, pid, net, is_root, landlock_abi())
        return _probed


def namespace_prefix(prot: Protections) -> list[str]:
    """The `unshare` command line that puts the worker in its own namespaces, or []."""
    if not prot.pid_namespace or prot.unshare is None:
        return []
    cmd = [prot.unshare]
    if prot.user_namespace:
        cmd += ["--user", "--map-root-user"]
    if prot.net_namespace:
        cmd.append("--net")
    return [*cmd, "--pid", "--fork", "--kill-child", "--mount", "--mount-proc"]


def import_paths() -> list[str]:
    """The folders the worker needs on sys.path (it starts with -I -S, so no site-packages)."""
    import importlib.util

    import drill

    # found, not imported: importing Hypothesis here would cost the judging process ~0.15 s
    spec = importlib.util.find_spec("hypothesis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("hypothesis is not installed; `pip install drill` installs it")
    paths = [
        str(Path(drill.__file__).resolve().parent.parent),
        str(Path(spec.origin).resolve().parent.parent),
    ]
    return list(dict.fromkeys(paths))


def minimal_env(scratch: Path, tag: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(scratch),
        "TMPDIR": str(scratch),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        TAG_VAR: tag,
    }


# ---------------------------------------------------------------- finding strays via /proc


def _pids() -> Iterator[int]:
    try:
        names = os.listdir("/proc")
    except OSError:
        return
    for name in names:
        if name.isdigit():
            yield int(name)


def tagged_processes(tag: str, exclude: tuple[int, ...] = ()) -> list[int]:
    """Live processes whose environment carries `DRILL_JUDGE_TAG=tag`."""
    needle = f"{TAG_VAR}={tag}".encode()
    found: list[int] = []
    for pid in _pids():
        if pid in exclude or pid == os.getpid():
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as fh:
                env = fh.read()
        except OSError:
            continue
        if needle in env.split(b"\0"):
            found.append(pid)
    return found


def kill_tagged(tag: str, exclude: tuple[int, ...] = (), settle_s: float = 2.0) -> int:
    """SIGKILL every tagged process, and wait (up to `settle_s`) until none is left: a killed
    process still tearing down a big address space stays visible for a moment, and a forking
    one may make more."""
    killed = 0
    deadline = time.monotonic() + settle_s
    while True:
        pids = tagged_processes(tag, exclude)
        if not pids or time.monotonic() > deadline:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        time.sleep(0.005)
    return killed


# ---------------------------------------------------------------- running the worker


@dataclass
class Outcome:
    """How the worker run ended, as the parent saw it."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    output_head: bytes = b""
    output_bytes: int = 0
    killed: str | None = None  # "wall" | "output" | "cancel" | None
    returncode: int | None = None
    elapsed_s: float = 0.0

    @property
    def final(self) -> dict[str, Any] | None:
        for msg in reversed(self.messages):
            if msg.get("event") in ("result", "problem_error", "checked"):
                found: dict[str, Any] = msg
                return found
        return None


class Cancelled(Exception):
    """The caller asked to stop (e.g. the file was saved again)."""


_BOOTSTRAP = (
    "import sys; sys.path[:0] = {paths!r}; sys.argv = ['drill-judge-worker']; "
    "from drill.judge.worker import main; main()"
)
_HEAD_BYTES = 4096


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        with contextlib.suppress(OSError):
            proc.kill()


def run_worker(
    config: dict[str, Any],
    limits: Limits,
    *,
    sandboxed: bool = True,
    on_message: Callable[[dict[str, Any]], None] | None = None,
    cancel: threading.Event | None = None,
    tag: str | None = None,
) -> Outcome:
    """Run the worker with `config`, stream its messages, and kill it on any overrun.

    Thread-safe: no signal handlers and no preexec_fn. Returns once nothing it started is alive.
    `tag` (default: random) is put in the environment of every process of the run.
    """
    prot = probe()
    tag = tag or uuid.uuid4().hex
    scratch = Path(tempfile.mkdtemp(prefix="drill-judge-"))
    read_fd, write_fd = os.pipe()
    cmd = [
        *(namespace_prefix(prot) if sandboxed else []),
        sys.executable,
        "-I",
        "-S",
        "-c",
        _BOOTSTRAP.format(paths=import_paths()),
    ]
    config = {
        **config,
        "msg_fd": write_fd,
        "tag": tag,
        "limits": limits.to_json(),
        "pid_namespace": sandboxed and prot.pid_namespace,
        "scratch": str(scratch),
    }
    outcome = Outcome()
    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            pass_fds=(write_fd,),
            cwd=scratch,
            env=minimal_env(scratch, tag),
            process_group=0,
        )
    except BaseException:
        os.close(read_fd)
        os.close(write_fd)
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    os.close(write_fd)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(json.dumps(config).encode())
            proc.stdin.close()
        except BrokenPipeError:
            pass
        _pump(proc, read_fd, limits, outcome, start, on_message, cancel)
        if outcome.killed is None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=2.0)
    finally:
        if proc.poll() is None:
            _kill_group(proc)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        os.close(read_fd)
        kill_tagged(tag)
        shutil.rmtree(scratch, ignore_errors=True)
        outcome.returncode = proc.returncode
        outcome.elapsed_s = time.monotonic() - start
    if outcome.killed == "cancel":
        raise Cancelled()
    return outcome


def _pump(
    proc: subprocess.Popen[bytes],
    read_fd: int,
    limits: Limits,
    outcome: Outcome,
    start: float,
    on_message: Callable[[dict[str, Any]], None] | None,
    cancel: threading.Event | None,
) -> None:
    """Read messages and output until the worker has exited (or must be killed)."""
    assert proc.stdout is not None
    out_fd = proc.stdout.fileno()
    sel = selectors.DefaultSelector()
    sel.register(read_fd, selectors.EVENT_READ, "msg")
    sel.register(out_fd, selectors.EVENT_READ, "out")
    pending = b""
    msg_open = out_open = True
    deadline = start + limits.wall_s
    try:
        # A process the solution left behind may hold stdout open, so the worker's exit, not
        # the end of its output, ends the judgement.
        while msg_open or (out_open and proc.poll() is None):
            now = time.monotonic()
            if now >= deadline:
                outcome.killed = "wall"
                _kill_group(proc)
                return
            if cancel is not None and cancel.is_set():
                outcome.killed = "cancel"
                _kill_group(proc)
                return
            for key, _ in sel.select(timeout=min(0.05, deadline - now)):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    sel.unregister(key.fd)
                    if key.data == "msg":
                        msg_open = False
                    else:
                        out_open = False
                    continue
                if key.data == "out":
                    if _count_output(outcome, chunk, limits):
                        _kill_group(proc)
                        return
                    continue
                pending += chunk
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    try:
                        msg = json.loads(line)
                    except ValueError:
                        continue
                    outcome.messages.append(msg)
                    if on_message is not None:
                        on_message(msg)
    finally:
        sel.close()


def _count_output(outcome: Outcome, chunk: bytes, limits: Limits) -> bool:
    """Keep the head of what the solution printed; True once it printed too much."""
    if len(outcome.output_head) < _HEAD_BYTES:
        outcome.output_head += chunk[: _HEAD_BYTES - len(outcome.output_head)]
    outcome.output_bytes += len(chunk)
    if outcome.output_bytes > limits.output_bytes:
        outcome.killed = "output"
        return True
    return False
