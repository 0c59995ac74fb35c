"""Hostile and broken solutions each end with the right verdict and leave nothing running.

Every hostile action is bounded (a few hundred processes, tens of megabytes, a few gigabytes), so
a gap in the sandbox fails the test instead of taking the machine down. The `run_judge` fixture
asserts after each judgement that no process of it (by DRILL_JUDGE_TAG or argv marker) survives.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from drill.judge.runner import Limits
from drill.judge.sandbox import probe
from tests.judge.conftest import CORRECT_TWO_SUM, JudgeFn


def test_infinite_loop_is_a_time_limit(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            while True:
                pass
        """
    )
    assert result.verdict == "time_limit"
    assert result.counterexample is not None  # the input it hung on
    assert result.elapsed_s < 5


def test_long_sleep_is_a_time_limit(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import time
        def two_sum(nums, target):
            time.sleep(3600)
        """
    )
    assert result.verdict == "time_limit"
    assert result.elapsed_s < 5


def test_ignoring_sigterm_does_not_help(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        def two_sum(nums, target):
            while True:
                pass
        """
    )
    assert result.verdict == "time_limit"


def test_whole_judgement_wall_clock_is_enforced(run_judge: JudgeFn) -> None:
    # A slow import is not a case: the overall watchdog (here 2 s) must stop it.
    result = run_judge(
        """
        while True:
            pass
        """,
        limits=Limits(wall_s=2.0, load_s=60.0),
    )
    assert result.verdict == "time_limit"
    assert result.elapsed_s < 4


def test_memory_bomb_is_a_memory_limit(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            blocks = []
            for _ in range(80):  # 50 MB blocks: stops at 4 GB even without a limit
                blocks.append(bytearray(50_000_000))
        """,
        limits=Limits(),  # the defaults a user gets
    )
    assert result.verdict == "memory_limit"
    assert "out of memory" in result.message


def test_fork_bomb_is_stopped(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import os, time
        def two_sum(nums, target):
            for _ in range(8):  # at most 2**8 = 256 processes
                try:
                    os.fork()
                except OSError:
                    break
            time.sleep(30)
        """
    )
    assert result.verdict in ("runtime_error", "time_limit")
    assert "process" in result.message or result.verdict == "time_limit"


def test_forked_children_with_marker_are_all_killed(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import os, sys
        def two_sum(nums, target):
            for _ in range(200):  # bounded
                if os.fork() == 0:
                    os.execv("/bin/sh", ["/bin/sh", "-c", "sleep 30", "MARKER"])
            while True:
                pass
        """
    )
    assert result.verdict in ("runtime_error", "time_limit")


def test_detached_child_is_killed_and_reported(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import os, sys
        started = []
        def two_sum(nums, target):
            if not started:
                started.append(1)
                pid = os.fork()
                if pid == 0:
                    os.setsid()
                    if os.fork() == 0:
                        os.execv("/bin/sh", ["sh", "-c", "while :; do sleep 0.2; done", "MARKER"])
                    os._exit(0)
                os.waitpid(pid, 0)
            seen = {}
            for j, x in enumerate(nums):
                if target - x in seen:
                    return [seen[target - x], j]
                seen[x] = j
        """
    )
    assert result.verdict == "runtime_error"
    assert "process" in result.message


def test_output_flood_is_an_output_limit(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            for _ in range(64):  # 64 MiB at most
                print("x" * (1 << 20))
        """
    )
    assert result.verdict == "output_limit"
    assert result.output.startswith("xxxx")


def test_huge_file_is_an_output_limit(run_judge: JudgeFn, tmp_path: Path) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            with open("big.bin", "wb") as fh:
                for _ in range(64):  # 64 MiB at most
                    fh.write(b"x" * (1 << 20))
        """,
        limits=Limits(wall_s=20.0, file_bytes=4 << 20),
    )
    assert result.verdict == "output_limit"
    assert not (tmp_path / "big.bin").exists()  # it wrote in its scratch folder


@pytest.mark.skipif(not probe().net_namespace, reason="no network namespace on this machine")
def test_socket_cannot_reach_the_network(run_judge: JudgeFn) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.setblocking(False)
        port = server.getsockname()[1]
        result = run_judge(
            f"""
            import socket
            def two_sum(nums, target):
                s = socket.create_connection(("127.0.0.1", {port}), timeout=1)
                s.sendall(b"hello")
                return [0, 1]
            """
        )
        with pytest.raises(BlockingIOError):
            server.accept()
    assert result.verdict == "runtime_error"
    assert "unreachable" in (result.error or "").lower() or "refused" in (result.error or "")


def test_os_exit_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import os
        def two_sum(nums, target):
            os._exit(0)
        """
    )
    assert result.verdict == "runtime_error"
    assert "exited" in result.message


def test_sys_exit_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import sys
        def two_sum(nums, target):
            sys.exit(0)
        """
    )
    assert result.verdict == "runtime_error"
    assert "sys.exit" in (result.error or "")


def test_raising_systemexit_at_import_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge("raise SystemExit(3)\n")
    assert result.verdict == "runtime_error"


def test_keyboard_interrupt_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            raise KeyboardInterrupt
        """
    )
    assert result.verdict == "runtime_error"
    assert "KeyboardInterrupt" in (result.error or "")


def test_unbounded_recursion_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            return two_sum(nums, target)
        """
    )
    assert result.verdict == "runtime_error"
    assert "RecursionError" in (result.error or "")
    assert len((result.error or "").splitlines()) < 20  # repeated frames are folded


def test_overwriting_builtins_cannot_fake_acceptance(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import builtins
        builtins.isinstance = lambda *a: True
        builtins.len = lambda x: 0
        builtins.sorted = lambda x, **k: []
        def two_sum(nums, target):
            return [0, 0]
        """
    )
    assert result.verdict == "wrong_answer"


def test_patching_the_judge_cannot_fake_acceptance(run_judge: JudgeFn) -> None:
    # The solution process is a fresh interpreter: the judge's comparison is not in it, and its
    # modules are not even readable from inside the jail.
    result = run_judge(
        """
        try:
            import drill.core.problems as problems
            import drill.judge.worker as worker
            problems.values_equal = lambda *a: True
            worker.values_equal = lambda *a: True
            worker.Judging.accepts = lambda *a: True
            worker.Judging.run_case = lambda *a: None
        except ImportError:
            pass
        def two_sum(nums, target):
            return [0, 0]
        """
    )
    assert result.verdict == "wrong_answer"


def test_the_solution_process_holds_nothing_of_the_judge(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import sys
        judge = sorted(m for m in sys.modules if m.startswith(("drill.judge.worker",
                       "drill.judge.problem", "drill.config", "drill_problem_", "hypothesis")))
        def two_sum(nums, target):
            print("MODULES", judge, "PATH", sys.path)
            raise ValueError("look")
        """
    )
    assert result.verdict == "runtime_error"
    assert "MODULES [] PATH" in result.output
    assert "site-packages" not in result.output and "/work" not in result.output.split("PATH")[1]


def test_segfault_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        import ctypes
        def two_sum(nums, target):
            ctypes.string_at(0)
        """
    )
    assert result.verdict == "runtime_error"
    assert "SIGSEGV" in result.message


def test_syntax_error_is_a_compile_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target)
            return [0, 1]
        """
    )
    assert result.verdict == "compile_error"
    assert "solution.py:2" in (result.error or "")


def test_missing_function_is_a_compile_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def twosum(nums, target):
            return [0, 1]
        """
    )
    assert result.verdict == "compile_error"
    assert "two_sum" in result.message


def test_unpicklable_return_is_a_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def two_sum(nums, target):
            return (x for x in [0, 1])
        """
    )
    assert result.verdict == "runtime_error"
    assert "generator" in result.message


def test_the_judge_still_works_after_hostile_runs(run_judge: JudgeFn) -> None:
    cwd = os.getcwd()
    run_judge("import os\nos.chdir('/')\ndef two_sum(nums, target):\n    os._exit(1)\n")
    result = run_judge(CORRECT_TWO_SUM)
    assert result.verdict == "accepted"
    assert os.getcwd() == cwd
