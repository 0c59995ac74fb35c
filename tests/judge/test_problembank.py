"""Finding problem modules, reading them without running them, starter code, `check_modules`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from drill.config import shipped_dir
from drill.errors import NotFoundError
from drill.judge.runner import judge
from drill.problembank import (
    ProblemError,
    check_modules,
    discover,
    find_problem,
    read_meta,
    reference_source,
    starter_code,
    static_errors,
)
from tests.judge.conftest import TWO_SUM

PROBLEMS = shipped_dir("problems")


def _module(
    tmp_path: Path, text: str, name: str = "my-sum", folder: str = "arrays-hashing"
) -> Path:
    path = tmp_path / folder / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_metadata_is_read_without_running_the_module(tmp_path: Path) -> None:
    path = _module(tmp_path, TWO_SUM.read_text() + "\nraise SystemExit('must not run')\n")
    meta = read_meta(path)
    assert (meta.slug, meta.function, meta.category) == ("my-sum", "two_sum", "arrays-hashing")
    assert meta.title == "Two Sum" and meta.complexity == "O(n)" and meta.target_minutes == 15
    assert meta.statement.startswith("Two Sum\n")
    assert meta.is_class is False


def test_design_problems_are_recognised_as_classes() -> None:
    assert read_meta(PROBLEMS / "stack" / "min-stack.py").is_class  # reference = MinStack
    assert read_meta(PROBLEMS / "linked-list" / "lru-cache.py").is_class  # class reference:


def test_a_module_that_does_not_parse_names_file_and_line(tmp_path: Path) -> None:
    path = _module(tmp_path, '"""Doc"""\nTITLE = "x"\ndef reference(:\n')
    with pytest.raises(ProblemError) as err:
        read_meta(path)
    assert str(err.value).startswith(f"{path}:3: does not parse")


def test_missing_and_bad_constants_each_say_what_to_fix(tmp_path: Path) -> None:
    text = (
        TWO_SUM.read_text()
        .replace('DIFFICULTY = "easy"\n', "")
        .replace('CATEGORY = "arrays-hashing"', 'CATEGORY = "arrays"')
    )
    messages = [e.message for e in static_errors(_module(tmp_path, text))]
    assert any("missing DIFFICULTY" in m for m in messages)
    assert any("CATEGORY 'arrays' is not one of" in m for m in messages)


def test_a_module_in_the_wrong_folder_is_an_error(tmp_path: Path) -> None:
    path = _module(tmp_path, TWO_SUM.read_text(), folder="stack")
    (error,) = static_errors(path)
    assert "sits in stack/ but CATEGORY is 'arrays-hashing'" in error.message


def test_discover_and_find_by_slug_or_path(tmp_path: Path) -> None:
    mine = _module(tmp_path, TWO_SUM.read_text(), name="my-sum")
    _module(tmp_path, "not python (", name="broken")
    metas, errors = discover([PROBLEMS, tmp_path])
    slugs = {m.slug for m in metas}
    assert {"two-sum", "my-sum", "lru-cache"} <= slugs
    assert [e.path.name for e in errors] == ["broken.py"]
    assert find_problem("my-sum", [PROBLEMS, tmp_path]).path == mine
    assert find_problem(str(mine), []).slug == "my-sum"
    with pytest.raises(NotFoundError, match="did you mean two-sum"):
        find_problem("two-summ", [PROBLEMS])


def test_starter_for_a_function_keeps_the_signature() -> None:
    text = starter_code(read_meta(TWO_SUM))
    tree = ast.parse(text)
    (func,) = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert func.name == "two_sum"
    assert ast.unparse(func.args) == "nums: list[int], target: int"
    assert ast.unparse(func.returns) == "list[int]"  # type: ignore[arg-type]
    assert "raise NotImplementedError" in text


def test_starter_imports_node_types_when_used() -> None:
    text = starter_code(read_meta(PROBLEMS / "linked-list" / "reverse-linked-list.py"))
    assert "from drill.kit import ListNode" in text
    assert "def reverse_list(head: ListNode | None) -> ListNode | None:" in text
    compile(text, "starter.py", "exec")


def test_starter_for_a_class_lists_public_methods() -> None:
    text = starter_code(read_meta(PROBLEMS / "linked-list" / "lru-cache.py"))
    tree = ast.parse(text)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert cls.name == "LRUCache"
    names = [n.name for n in cls.body if isinstance(n, ast.FunctionDef)]
    assert names == ["__init__", "get", "put"]
    assert "def __init__(self, capacity: int) -> None:" in text
    trie = starter_code(read_meta(PROBLEMS / "tries" / "implement-trie.py"))
    assert "_walk" not in trie and "def starts_with(self, prefix: str) -> bool:" in trie


def test_the_starter_file_is_judged_as_not_implemented(tmp_path: Path) -> None:
    meta = read_meta(TWO_SUM)
    sol = tmp_path / "two_sum.py"
    sol.write_text(starter_code(meta))
    result = judge(meta, sol, None, max_examples=5, growth=False)
    assert result.verdict == "runtime_error"
    assert "NotImplementedError" in (result.error or "")


def test_reference_source_is_the_reference_code() -> None:
    source = reference_source(read_meta(TWO_SUM))
    assert source.startswith("def reference(nums: list[int], target: int) -> list[int]:")
    assert "seen" in source
    cls = reference_source(read_meta(PROBLEMS / "stack" / "min-stack.py"))
    assert cls.startswith("class MinStack:") and "def get_min" in cls


def test_check_modules_finds_each_kind_of_fault(tmp_path: Path) -> None:
    base = TWO_SUM.read_text()
    good = _module(tmp_path, base, name="good-sum")
    bad_check = _module(
        tmp_path, base + "\n\ndef check(kwargs, expected, got):\n    return False\n", "bad-check"
    )
    bad_strategy = _module(
        tmp_path,
        base.replace("return _case().filter(", "return 1 / 0 or _case().filter("),
        "bad-inputs",
    )
    not_n = _module(
        tmp_path,
        base.replace(
            "nums = rng.sample(range(-10**9 // 2, 10**9 // 2), n)",
            "nums = rng.sample(range(-10**9 // 2, 10**9 // 2), 20)",
        ).replace("i, j = n - 2, n - 1", "i, j = 18, 19"),
        "small-large",
    )
    syntax = _module(tmp_path, base.replace("def reference(", "def reference(("), "syntax")
    errors = check_modules([good, bad_check, bad_strategy, not_n, syntax])
    by_file: dict[str, list[str]] = {}
    for err in errors:
        by_file.setdefault(err.path.stem, []).append(str(err))
    assert "good-sum" not in by_file
    assert any("check() rejects the reference's own answer" in e for e in by_file["bad-check"])
    assert any("inputs() raised ZeroDivisionError" in e for e in by_file["bad-inputs"])
    assert any("not about n in size" in e for e in by_file["small-large"])
    assert any(":" in e and "does not parse" in e for e in by_file["syntax"])
    assert all(e.startswith(str(tmp_path)) for errs in by_file.values() for e in errs)


def test_duplicate_slugs_are_reported(tmp_path: Path) -> None:
    a = _module(tmp_path, TWO_SUM.read_text(), name="same")
    b = _module(tmp_path, TWO_SUM.read_text().replace("arrays-hashing", "stack"), "same", "stack")
    errors = check_modules([a, b])
    assert any("also used by" in str(e) for e in errors)
