"""Inside the sandbox: plain-data checks and the framed pipe between worker and solution."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import Any

Send = Callable[[dict[str, Any]], None]
"""Sends one JSON message from the worker to the parent."""


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


def write_frame(fd: int, payload: Any, *, _len: Any = len, _memoryview: Any = memoryview) -> None:
    data = marshal.dumps(payload)
    view = _memoryview(_len(data).to_bytes(8, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def read_exact_blocking(
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
