"""Find problem modules in folders and read their metadata, starter code and reference source."""

from __future__ import annotations

import ast
import contextlib
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from drill.core.cpp import CppPlan, plan_for, starter
from drill.core.problems import (
    REQUIRED_DEFINITIONS,
    ClassSig,
    FunctionSig,
    Param,
    ProblemMeta,
    meta_errors,
    starter_text,
)
from drill.errors import DrillError, NotFoundError


class ProblemError(DrillError):
    """A problem module that drill cannot use, with the file, the line and what to fix."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class _Parsed:
    tree: ast.Module
    source: str
    constants: dict[str, object]
    lines: dict[str, int]


def _parse(path: Path) -> _Parsed:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ProblemError(path, None, f"cannot read the module: {err}") from None
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as err:
        raise ProblemError(path, err.lineno, f"does not parse: {err.msg}") from None
    constants: dict[str, object] = {}
    lines: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    lines.setdefault(target.id, node.lineno)
                    if node.value is not None:
                        with contextlib.suppress(ValueError, TypeError, SyntaxError):
                            constants[target.id] = ast.literal_eval(node.value)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            lines.setdefault(node.name, node.lineno)
    return _Parsed(tree, source, constants, lines)


def _reference_node(parsed: _Parsed) -> ast.FunctionDef | ast.ClassDef | None:
    """`def reference`, `class reference`, or the class that `reference = Name` points at."""
    by_name: dict[str, ast.FunctionDef | ast.ClassDef] = {}
    alias: str | None = None
    for node in parsed.tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            by_name[node.name] = node
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Name)
            and any(isinstance(t, ast.Name) and t.id == "reference" for t in node.targets)
        ):
            alias = node.value.id
    if "reference" in by_name:
        return by_name["reference"]
    if alias is not None:
        return by_name.get(alias)
    return None


def read_meta(path: Path | str) -> ProblemMeta:
    """A problem's metadata from its source, without running it (ProblemError when unusable)."""
    path = Path(path)
    parsed = _parse(path)
    errors = meta_errors(parsed.constants, path.stem, path.parent.name)
    if errors:
        name = errors[0].split()[1] if errors[0].startswith("missing ") else ""
        raise ProblemError(path, parsed.lines.get(name), errors[0])
    node = _reference_node(parsed)
    c = parsed.constants
    return ProblemMeta(
        slug=path.stem,
        path=path,
        title=str(c["TITLE"]),
        category=str(c["CATEGORY"]),
        patterns=tuple(str(p) for p in c["PATTERNS"]),  # type: ignore[attr-defined]
        difficulty=str(c["DIFFICULTY"]),
        function=str(c["FUNCTION"]),
        complexity=str(c["COMPLEXITY"]),
        target_minutes=int(c["TARGET_MINUTES"]),  # type: ignore[call-overload]
        statement=ast.get_docstring(parsed.tree) or "",
        is_class=isinstance(node, ast.ClassDef),
    )


def static_errors(path: Path | str) -> list[ProblemError]:
    """Every fault visible in the source: parse errors, constants, missing definitions."""
    path = Path(path)
    try:
        parsed = _parse(path)
    except ProblemError as err:
        return [err]
    found: list[ProblemError] = []
    for message in meta_errors(parsed.constants, path.stem, path.parent.name):
        name = message.split()[1] if message.startswith("missing ") else message.split()[0]
        found.append(ProblemError(path, parsed.lines.get(name), message))
    for name in REQUIRED_DEFINITIONS:
        if name not in parsed.lines:
            what = "a list of (kwargs, expected) pairs" if name == "EXAMPLES" else "a definition"
            found.append(
                ProblemError(path, None, f"missing {name}; add {what} (problems/README.md)")
            )
    if "reference" in parsed.lines and _reference_node(parsed) is None:
        found.append(
            ProblemError(path, parsed.lines["reference"], "reference must be a def or a class")
        )
    if not (ast.get_docstring(parsed.tree) or "").strip():
        found.append(ProblemError(path, 1, "no docstring: the module's docstring is the statement"))
    return found


def module_paths(folders: Iterable[Path]) -> list[Path]:
    """Problem modules (`<category>/<slug>.py`) in each folder, in a stable order."""
    found: list[Path] = []
    for folder in folders:
        folder = Path(folder)
        if folder.is_file() and folder.suffix == ".py":
            found.append(folder)
            continue
        if not folder.is_dir():
            continue
        nested = sorted(
            p for p in folder.glob("*/*.py") if not p.name.startswith(("_", ".")) and p.is_file()
        )
        if not nested:  # a category folder itself, e.g. `drill problems check problems/trees`
            nested = sorted(
                p for p in folder.glob("*.py") if not p.name.startswith(("_", ".")) and p.is_file()
            )
        found += nested
    return found


def discover(folders: Sequence[Path]) -> tuple[list[ProblemMeta], list[ProblemError]]:
    """All usable problems in the folders (later folders win on a slug clash), and the errors."""
    metas: dict[str, ProblemMeta] = {}
    errors: list[ProblemError] = []
    for path in module_paths(folders):
        try:
            meta = read_meta(path)
        except ProblemError as err:
            errors.append(err)
            continue
        metas[meta.slug] = meta
    return sorted(metas.values(), key=lambda m: (m.category, m.slug)), errors


def find_problem(slug_or_path: str, folders: Sequence[Path]) -> ProblemMeta:
    """The problem with this slug (or this module path); NotFoundError suggests near names."""
    as_path = Path(slug_or_path)
    if slug_or_path.endswith(".py") or as_path.is_file():
        if not as_path.is_file():
            raise NotFoundError(f"{slug_or_path}: no such problem module")
        return read_meta(as_path)
    matches = [p for p in module_paths(folders) if p.stem == slug_or_path]
    if matches:
        return read_meta(matches[-1])
    slugs = sorted({p.stem for p in module_paths(folders)})
    close = difflib.get_close_matches(slug_or_path, slugs, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `drill problems` lists them"
    raise NotFoundError(f"no problem named {slug_or_path!r}{hint}")


def duplicate_errors(paths: Sequence[Path]) -> list[ProblemError]:
    """Two modules with one slug: the id must be unique across categories."""
    seen: dict[str, Path] = {}
    found: list[ProblemError] = []
    for path in paths:
        first = seen.setdefault(path.stem, path)
        if first != path and first.parent.parent == path.parent.parent:
            found.append(
                ProblemError(path, None, f"slug {path.stem!r} is also used by {first}; rename one")
            )
    return found


def check_modules(paths: Sequence[Path]) -> list[ProblemError]:
    """Static and running checks of problem modules: every fault, each naming file:line and fix."""
    from drill.judge.runner import check_problems

    paths = [Path(p) for p in paths]
    errors = duplicate_errors(paths)
    runnable: list[Path] = []
    for path in paths:
        found = static_errors(path)
        errors += found
        if not found:
            runnable.append(path)
    report = check_problems(runnable)
    errors += [ProblemError(path, line, message) for path, line, message in report.errors]
    return errors


# ---------------------------------------------------------------- starter code and reference


def _annotation(node: ast.expr | None) -> str | None:
    return ast.unparse(node) if node is not None else None


def _signature(node: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> FunctionSig:
    a = node.args
    params: list[Param] = []
    positional = [*a.posonlyargs, *a.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults))
    defaults += list(a.defaults)
    for i, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
        params.append(
            Param(
                arg.arg,
                _annotation(arg.annotation),
                ast.unparse(default) if default is not None else None,
                "posonly" if i < len(a.posonlyargs) else "normal",
            )
        )
    if a.vararg:
        params.append(Param(a.vararg.arg, _annotation(a.vararg.annotation), None, "varargs"))
    for arg, kw_default in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        params.append(
            Param(
                arg.arg,
                _annotation(arg.annotation),
                ast.unparse(kw_default) if kw_default is not None else None,
                "kwonly",
            )
        )
    if a.kwarg:
        params.append(Param(a.kwarg.arg, _annotation(a.kwarg.annotation), None, "varkw"))
    return FunctionSig(name, tuple(params), _annotation(node.returns))


def signature_of(meta: ProblemMeta) -> FunctionSig | ClassSig:
    """The reference's signature, renamed to FUNCTION (methods for a design class)."""
    parsed = _parse(Path(meta.path))
    node = _reference_node(parsed)
    if node is None:
        raise ProblemError(meta.path, None, "no `reference` function or class")
    if isinstance(node, ast.ClassDef):
        methods = [
            _signature(item, item.name)
            for item in node.body
            if isinstance(item, ast.FunctionDef)
            and (item.name == "__init__" or not item.name.startswith("_"))
        ]
        return ClassSig(meta.function, tuple(methods))
    return _signature(node, meta.function)


def starter_code(meta: ProblemMeta) -> str:
    """The file a user starts from: the reference's signature under FUNCTION, no body."""
    return starter_text(meta.title, signature_of(meta))


def reference_source(meta: ProblemMeta) -> str:
    """The reference's source code (and the helpers it defines), shown after giving up."""
    parsed = _parse(Path(meta.path))
    node = _reference_node(parsed)
    if node is None:
        raise ProblemError(meta.path, None, "no `reference` function or class")
    segment = ast.get_source_segment(parsed.source, node, padded=False) or ""
    decorators = "".join(f"@{ast.unparse(d)}\n" for d in getattr(node, "decorator_list", []))
    return decorators + segment + "\n"


def cpp_plan(meta: ProblemMeta) -> CppPlan:
    """The problem's C++ plan (types, methods) from its source; Unmappable says why not."""
    parsed = _parse(Path(meta.path))
    return plan_for(signature_of(meta), parsed.constants)


def cpp_starter(meta: ProblemMeta) -> str:
    """The C++17 file a user starts from (`drill solve --lang cpp`); Unmappable says why not."""
    return starter(meta.title, cpp_plan(meta))
