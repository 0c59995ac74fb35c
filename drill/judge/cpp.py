"""Compiling a C++ solution: g++ on the harness, the user's file and a generated `main`.

Compiling runs no user code, so it happens here, in drill's own process, before the sandbox
starts; the sandbox then runs the binary in the same jail as a Python solution (child.py execs
it after hiding the user's files). Binaries are cached by the hash of everything that went into
them, and the harness's headers are precompiled once per set of flags, so an unchanged file is
never compiled twice and a new one compiles in about a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from drill.core.cpp import CppPlan, Unmappable, entry_point, harness_main
from drill.errors import DrillError

HARNESS = Path(__file__).resolve().parent / "cpp" / "harness.hpp"
CXX_ENV = "DRILL_CXX"
FLAGS = ("-std=c++17", "-O2", "-pipe")
SANITIZE_FLAGS = (
    "-std=c++17",
    "-O1",
    "-g",
    "-pipe",
    "-fno-omit-frame-pointer",
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
)
COMPILE_S = 60
"""How long g++ may take on one file before drill gives up on it."""
ERROR_LINES = 12
"""The compiler's first lines shown with compile_error (the rest is in `drill judge --json`)."""

INSTALL_HINT = (
    "no C++ compiler found: install g++ (Debian/Ubuntu: sudo apt install g++; "
    "Fedora: sudo dnf install gcc-c++; macOS: xcode-select --install), "
    f"or name one in {CXX_ENV}"
)


class NoCompiler(DrillError):
    """`--lang cpp` on a machine without g++."""


def compiler() -> str | None:
    """The C++ compiler drill uses: $DRILL_CXX, else g++ on PATH."""
    named = os.environ.get(CXX_ENV)
    if named:
        return shutil.which(named)
    return shutil.which("g++")


def compiler_version() -> str | None:
    cxx = compiler()
    if cxx is None:
        return None
    try:
        out = subprocess.run(
            [cxx, "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.splitlines()[0] if out.stdout else cxx


@dataclass(frozen=True)
class Build:
    binary: Path | None  # None: it did not compile
    errors: str = ""  # compile_error's text
    cached: bool = False
    seconds: float = 0.0


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:32]


def _precompiled(cxx: str, flags: tuple[str, ...], cache: Path, header: bytes) -> Path:
    """The harness header beside its precompiled form for these flags (built once)."""
    folder = cache / f"pch-{_digest(header, cxx.encode(), ' '.join(flags).encode())}"
    target = folder / "harness.hpp"
    if (folder / "harness.hpp.gch").is_file():
        return target
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".pch-"))
    try:
        (work / "harness.hpp").write_bytes(header)
        done = subprocess.run(
            [
                cxx,
                *flags,
                "-x",
                "c++-header",
                str(work / "harness.hpp"),
                "-o",
                str(work / "harness.hpp.gch"),
            ],
            capture_output=True,
            timeout=COMPILE_S * 2,
            check=False,
        )
        if done.returncode != 0:  # no precompiled header: compile from the header itself
            return HARNESS
        with contextlib.suppress(OSError):
            work.rename(folder)  # atomic: a concurrent judge built the same one, keep theirs
    except (OSError, subprocess.TimeoutExpired):
        return HARNESS
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target if (folder / "harness.hpp.gch").is_file() else HARNESS


def _user_errors(text: str, solution: Path) -> str:
    """g++'s output cut to what concerns the user's file: the first errors with their lines
    (file:line of the user's file), without the harness's template backtraces."""
    kept: list[str] = []
    name = str(solution)
    for line in text.splitlines():
        if line.startswith(("In file included from", "                 from")):
            continue
        if "drill-harness" in line or "harness.hpp" in line:
            if "error:" in line and "no member named" not in line:
                kept.append(line.replace("drill-harness", "the harness"))
            continue
        kept.append(line)
        if len([k for k in kept if name in k and "error" in k]) >= 3 and len(kept) > ERROR_LINES:
            break
    return "\n".join(kept[: ERROR_LINES * 3]).strip() or text.strip()[:4000]


def build(plan: CppPlan, solution: Path, cache: Path, *, sanitize: bool = False) -> Build:
    """Compile `solution` for `plan` (cached). NoCompiler without g++; a Build without a
    binary (and g++'s errors) when the file doesn't compile or lacks the entry point."""
    cxx = compiler()
    if cxx is None:
        raise NoCompiler(INSTALL_HINT)
    solution = solution.resolve()
    try:
        source = solution.read_bytes()
    except OSError as exc:
        return Build(None, f"{solution}: cannot read the file: {exc.strerror}")
    text = source.decode("utf-8", errors="replace")
    try:
        entry = entry_point(text, plan)
    except Unmappable as exc:
        return Build(None, f"{solution}: {exc}")
    flags = SANITIZE_FLAGS if sanitize else FLAGS
    harness = HARNESS.read_bytes()
    header = _precompiled(cxx, flags, cache, harness)
    unit = harness_main(plan, entry, str(header), str(solution))
    key = _digest(harness, unit.encode(), source, cxx.encode(), " ".join(flags).encode())
    folder = cache / "bin" / key
    binary = folder / "solution"
    if binary.is_file():
        return Build(binary, cached=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".build-"))
    started = time.perf_counter()
    try:
        (work / "main.cpp").write_text(unit, encoding="utf-8")
        try:
            done = subprocess.run(
                [cxx, *flags, "-o", str(work / "solution"), str(work / "main.cpp")],
                capture_output=True,
                timeout=COMPILE_S,
                check=False,
                cwd=work,
            )
        except subprocess.TimeoutExpired:
            return Build(None, f"{solution}: g++ did not finish within {COMPILE_S} s")
        if done.returncode != 0:
            errors = _user_errors(done.stderr.decode("utf-8", "replace"), solution)
            return Build(None, errors, seconds=time.perf_counter() - started)
        folder.mkdir(exist_ok=True)
        os.replace(work / "solution", binary)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Build(binary, seconds=time.perf_counter() - started)


_FRAME = re.compile(r"^\s*#(\d+) 0x[0-9a-f]+ .*?\((?:[^()+]*)\+(0x[0-9a-f]+)\)")


def _symbolize(binary: str, offsets: list[str]) -> list[str]:
    """`function at file:line` for each offset into `binary` (addr2line), "" where unknown.
    The jailed solution has no /proc to symbolize its own report; the worker does it."""
    tool = shutil.which("addr2line")
    if tool is None or not offsets:
        return [""] * len(offsets)
    try:
        done = subprocess.run(
            [tool, "-f", "-C", "-e", binary, *offsets],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return [""] * len(offsets)
    lines = done.stdout.splitlines()
    out = []
    for k in range(len(offsets)):
        pair = lines[2 * k : 2 * k + 2]
        out.append(f"{pair[0]} at {pair[1]}" if len(pair) == 2 else "")
    return out


def trim_sanitizer_report(report: str, solution: str, binary: str = "") -> str:
    """A sanitizer report cut to its headline and the stack frames in the user's file."""
    lines = report.strip().splitlines()
    head = [line for line in lines if "ERROR:" in line or "runtime error:" in line][:1]
    if not head and lines:
        head = [lines[0]]
    head = [re.sub(r"^==\d+==", "", h).split(" on address")[0] for h in head]
    frames = [m for line in lines if (m := _FRAME.match(line))]
    named = _symbolize(binary, [m.group(2) for m in frames]) if binary else []
    where = [f"  at {text}" for text in named if solution in text][:6]
    return "\n".join(head + where)
