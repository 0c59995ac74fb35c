"""Inside the solution process, before the user's code runs: hide every file but the stdlib's.

Two ways, the first that works:
- **private root** (a mount namespace: the judge's user namespace, or real root): a fresh tmpfs
  becomes `/`, holding read-only binds of what Python needs to run (`/usr`, the top-level
  `/lib*` links, the stdlib and the shared libraries the interpreter mapped), `/dev/null`,
  `/dev/zero`, `/dev/urandom`, and small writable tmpfs mounts at `/home` (the working folder)
  and `/tmp`. The user's home, `DRILL_HOME`, the problem files, `/etc`, `/proc` and every Unix
  socket are simply not there.
- **Landlock** (no namespaces, Linux >= 5.13): the same allowlist as access rules, reading only;
  writing only in the scratch home; TCP refused (ABI >= 4), abstract Unix sockets and signals
  scoped (ABI >= 6), and a seccomp filter refusing new Unix-domain sockets.

`isolate()` says which one holds; the worker reports it with the verdict and `drill doctor`
shows it. Everything here is ctypes and syscalls, so it runs before any import the jail would
hide.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import struct
import sys
from collections.abc import Iterable

CLONE_NEWNS = 0x00020000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_NOATIME = 0x400
MS_NODIRATIME = 0x800
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
MS_RELATIME = 0x200000
MNT_DETACH = 0x2

# statvfs f_flag bits -> the MS_ flags a remount must keep (the kernel locks them in a user
# namespace: dropping one is EPERM).
_LOCKED = (
    (os.ST_RDONLY, MS_RDONLY),
    (os.ST_NOSUID, MS_NOSUID),
    (os.ST_NODEV, MS_NODEV),
    (os.ST_NOEXEC, MS_NOEXEC),
    (os.ST_NOATIME, MS_NOATIME),
    (os.ST_NODIRATIME, MS_NODIRATIME),
    (os.ST_RELATIME, MS_RELATIME),
)

_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41}
_LANDLOCK_CREATE, _LANDLOCK_ADD, _LANDLOCK_RESTRICT = 444, 445, 446  # the same on every arch

HOME = "/home"
TMP = "/tmp"
DEVICES = ("/dev/null", "/dev/zero", "/dev/urandom")
WRITABLE_MB = 32  # each of /home and /tmp in the private root


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def readable_paths(search_path: Iterable[str]) -> list[str]:
    """What the solution may read: the interpreter's stdlib (the -I -S search path) and the
    folders of every shared object this process has mapped, plus `/usr` and the `/lib*` roots."""
    wanted = {"/usr"}
    for top in ("/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin"):
        if os.path.lexists(top):
            wanted.add(top)
    for entry in search_path:
        if entry and os.path.exists(entry):
            wanted.add(os.path.realpath(entry))
    with contextlib.suppress(OSError), open("/proc/self/maps") as maps:
        for line in maps:
            parts = line.split(None, 5)
            if len(parts) == 6 and parts[5].startswith("/"):
                path = parts[5].strip()
                if os.path.exists(path):
                    wanted.add(os.path.dirname(path))
    if os.path.exists("/etc/ld.so.cache"):
        wanted.add("/etc/ld.so.cache")
    # Keep only the outermost of nested entries (a bind of /usr already holds /usr/lib).
    kept: list[str] = []
    for path in sorted(wanted, key=len):
        if not any(path == k or path.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(path)
    return sorted(kept)


# ---------------------------------------------------------------- a private root


def _mount(libc: ctypes.CDLL, src: str | None, dst: str, fstype: str | None, flags: int,
           data: str | None = None) -> None:  # fmt: skip
    _check(
        libc.mount(
            None if src is None else src.encode(),
            dst.encode(),
            None if fstype is None else fstype.encode(),
            ctypes.c_ulong(flags),
            None if data is None else data.encode(),
        ),
        f"mount {src or fstype} on {dst}",
    )


def _locked_flags(path: str) -> int:
    found = os.statvfs(path).f_flag
    return sum(ms for st, ms in _LOCKED if found & st)


def _bind_read_only(libc: ctypes.CDLL, root: str, path: str) -> None:
    target = root + path
    if os.path.islink(path) and os.path.dirname(path) == "/":
        os.symlink(os.readlink(path), target)  # merged /usr: /lib -> usr/lib
        return
    if os.path.isdir(path):
        os.makedirs(target, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w"):
            pass
    _mount(libc, path, target, None, MS_BIND)
    flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | _locked_flags(path)
    _mount(libc, None, target, None, flags)


def private_root(mountpoint: str, readable: list[str]) -> None:
    """Make a tmpfs at `mountpoint` this process's `/` with only `readable` (read-only), the
    harmless devices and writable /home and /tmp in it. Needs CAP_SYS_ADMIN (in its user
    namespace); raises OSError naming the step that failed."""
    machine = platform.machine()
    if machine not in _PIVOT_ROOT:
        raise OSError(0, f"pivot_root: unknown machine {machine}")
    libc = _libc()
    _check(libc.unshare(CLONE_NEWNS), "unshare(CLONE_NEWNS)")
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)
    root = os.path.realpath(mountpoint)
    _mount(libc, "tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,nr_inodes=4096,mode=755")
    for path in readable:
        _bind_read_only(libc, root, path)
    os.makedirs(root + "/dev", exist_ok=True)
    for device in DEVICES:
        if os.path.exists(device):
            with open(root + device, "w"):
                pass
            _mount(libc, device, root + device, None, MS_BIND)
    for folder in (HOME, TMP):
        os.makedirs(root + folder, exist_ok=True)
        _mount(
            libc,
            "tmpfs",
            root + folder,
            "tmpfs",
            MS_NOSUID | MS_NODEV,
            f"size={WRITABLE_MB}m,nr_inodes=8192,mode=1777",
        )
    os.chdir(root)
    os.mkdir(".old")
    _check(libc.syscall(_PIVOT_ROOT[machine], b".", b".old"), "pivot_root")
    os.chdir("/")
    _check(libc.umount2(b"/.old", MNT_DETACH), "umount /.old")
    os.rmdir("/.old")
    _mount(libc, None, "/", None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.chdir(HOME)


# ---------------------------------------------------------------- Landlock

FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
FS_V1_ALL = (1 << 13) - 1
FS_REFER = 1 << 13  # ABI 2
FS_TRUNCATE = 1 << 14  # ABI 3
FS_IOCTL_DEV = 1 << 15  # ABI 5
NET_ALL = 0b11  # ABI 4: bind and connect TCP
SCOPE_ALL = 0b11  # ABI 6: abstract Unix sockets, signals
FILE_ACCESS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV


def landlock_abi() -> int:
    """The Landlock ABI this kernel offers (0: none)."""
    try:
        libc = _libc()
        abi = int(libc.syscall(_LANDLOCK_CREATE, None, ctypes.c_size_t(0), ctypes.c_uint32(1)))
    except (OSError, AttributeError):
        return 0
    return max(abi, 0)


def landlock(readable: list[str], writable: list[str]) -> int:
    """Restrict this process to reading `readable` and reading/writing `writable`; returns the
    ABI used. Needs no privilege; sets no_new_privs."""
    abi = landlock_abi()
    if abi < 1:
        raise OSError(0, "Landlock is not available on this kernel")
    fs = FS_V1_ALL
    if abi >= 2:
        fs |= FS_REFER
    if abi >= 3:
        fs |= FS_TRUNCATE
    if abi >= 5:
        fs |= FS_IOCTL_DEV
    if abi >= 6:
        attr = struct.pack("QQQ", fs, NET_ALL, SCOPE_ALL)
    elif abi >= 4:
        attr = struct.pack("QQ", fs, NET_ALL)
    else:
        attr = struct.pack("Q", fs)
    libc = _libc()
    buf = ctypes.create_string_buffer(attr, len(attr))
    ruleset = int(libc.syscall(_LANDLOCK_CREATE, buf, ctypes.c_size_t(len(attr)), 0))
    if ruleset < 0:
        _check(-1, "landlock_create_ruleset")
    try:
        read = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
        rules = [(p, read) for p in readable]
        rules += [(p, fs) for p in writable]
        rules += [(d, FS_READ_FILE | FS_WRITE_FILE) for d in DEVICES if os.path.exists(d)]
        for path, access in rules:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            try:
                allowed = access & fs
                if not os.path.isdir(path):
                    allowed &= FILE_ACCESS
                rule = ctypes.create_string_buffer(struct.pack("=Qi", allowed, fd), 12)
                _check(
                    int(libc.syscall(_LANDLOCK_ADD, ruleset, 1, rule, 0)),
                    f"landlock_add_rule {path}",
                )
            finally:
                os.close(fd)
        _check(libc.prctl(38, 1, 0, 0, 0), "no_new_privs")
        _check(int(libc.syscall(_LANDLOCK_RESTRICT, ruleset, 0)), "landlock_restrict_self")
    finally:
        os.close(ruleset)
    _no_unix_sockets(libc)
    return abi


def _no_unix_sockets(libc: ctypes.CDLL) -> None:
    """A seccomp filter: socket(AF_UNIX, ...) fails with EPERM (Landlock does not cover
    connecting to a socket file). Best effort: skipped on an architecture it doesn't know."""
    arches = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}
    found = arches.get(platform.machine())
    if found is None:
        return
    audit_arch, nr_socket = found
    ld_w_abs, jeq_k, ret_k = 0x20, 0x15, 0x06
    allow, eperm = 0x7FFF0000, 0x00050000 | 1

    def op(code: int, jt: int, jf: int, k: int) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    program = b"".join(
        (
            op(ld_w_abs, 0, 0, 4),  # arch
            op(jeq_k, 1, 0, audit_arch),
            op(ret_k, 0, 0, allow),
            op(ld_w_abs, 0, 0, 0),  # syscall number
            op(jeq_k, 0, 3, nr_socket),
            op(ld_w_abs, 0, 0, 16),  # args[0], low half: the address family
            op(jeq_k, 0, 1, 1),  # AF_UNIX
            op(ret_k, 0, 0, eperm),
            op(ret_k, 0, 0, allow),
        )
    )
    filters = ctypes.create_string_buffer(program, len(program))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = SockFprog(len(program) // 8, ctypes.cast(filters, ctypes.c_void_p))
    _check(libc.prctl(22, 2, ctypes.byref(prog), 0, 0), "seccomp")  # PR_SET_SECCOMP, FILTER


# ---------------------------------------------------------------- the choice


def isolate(scratch: str, search_path: list[str], *, mount: bool = True) -> str:
    """Hide the user's files from this process, the strongest way that works here.

    Returns "private root", "landlock (ABI n)" or "none: <why>"; sets the working folder and
    HOME/TMPDIR to where the solution may write."""
    readable = readable_paths(search_path)
    home = os.path.join(scratch, "home")
    os.makedirs(home, exist_ok=True)
    why = [] if mount else ["no namespaces"]
    if mount:
        mountpoint = os.path.join(scratch, "root")
        os.makedirs(mountpoint, exist_ok=True)
        try:
            private_root(mountpoint, readable)
        except OSError as exc:
            why.append(str(exc.strerror or exc))
        else:
            os.environ.update(HOME=HOME, TMPDIR=TMP)
            return "private root"
    try:
        abi = landlock(readable, [home])
    except OSError as exc:
        why.append(str(exc.strerror or exc))
    else:
        os.chdir(home)
        os.environ.update(HOME=home, TMPDIR=home)
        return f"landlock (ABI {abi})"
    os.chdir(home)
    os.environ.update(HOME=home, TMPDIR=home)
    return "none: " + "; ".join(why)


if __name__ == "__main__":  # pragma: no cover - a manual check: python -m drill.judge.jail
    print(isolate(sys.argv[1], sys.path[1:]))
