"""The pure half of the problem contract: comparison, grading, starter text, metadata checks."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.problems import (
    ClassSig,
    FunctionSig,
    Param,
    about_n,
    first_difference,
    flat_size,
    grade_attempt,
    meta_errors,
    starter_text,
    values_equal,
)

plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=15,
)


@given(plain)
def test_every_plain_value_equals_itself(value: object) -> None:
    assert values_equal(value, value)


@given(st.floats(-1e12, 1e12, allow_nan=False), st.floats(-5e-7, 5e-7))
def test_floats_within_a_declared_tolerance_are_equal(x: float, rel: float) -> None:
    assert values_equal(x, x * (1 + rel), tolerance=1e-6)
    assert values_equal([x], (x * (1 + rel),), tolerance=1e-6, any_sequence=True)


def test_floats_beyond_the_tolerance_differ() -> None:
    assert not values_equal(1.0, 1.00001, tolerance=1e-6)
    assert not values_equal(1.0, 1.0 + 1e-12)  # no tolerance declared: exact
    assert values_equal(2, 2.0)
    assert not values_equal(True, 1.0)
    assert not values_equal([1, 2], [1, 2, 3])
    assert not values_equal({"a": 1.0}, {"a": 1.1})
    assert not values_equal(None, [])


def test_first_difference_points_at_the_first_wrong_entry() -> None:
    assert first_difference([None, 1, 2], [None, 1, 3]) == 2
    assert first_difference([1, 2], [1]) == 1
    assert first_difference([1.0], [1.0 + 1e-9], tolerance=1e-6) is None
    assert first_difference([1.0], [1.0 + 1e-9]) == 0  # exact without a declared tolerance


@pytest.mark.parametrize(
    ("accepted", "failed_runs", "minutes", "quality"),
    [
        (True, 0, 10, 5),  # first run, within target
        (True, 0, 15, 5),  # exactly on target still counts as within
        (True, 3, 12, 4),  # within target after failed runs
        (True, 0, 16, 3),  # over target
        (True, 5, 40, 3),
        (False, 2, 5, 1),  # gave up
    ],
)
def test_grading_an_attempt(accepted: bool, failed_runs: int, minutes: float, quality: int) -> None:
    grade = grade_attempt(
        accepted=accepted, failed_runs=failed_runs, minutes=minutes, target_minutes=15
    )
    assert grade == quality


def test_starter_text_for_a_function_with_every_kind_of_parameter() -> None:
    sig = FunctionSig(
        "solve",
        (
            Param("a", "int", None, "posonly"),
            Param("b", "list[int]", "None"),
            Param("rest", None, None, "varargs"),
            Param("k", "int", "3", "kwonly"),
            Param("opts", None, None, "varkw"),
        ),
        "Optional[int]",
    )
    text = starter_text("Solve", sig)
    assert (
        "def solve(a: int, /, b: list[int] = None, *rest, k: int = 3, **opts) -> Optional[int]:"
        in text
    )
    assert "from typing import Optional" in text
    ast.parse(text)


def test_starter_text_for_a_class() -> None:
    sig = ClassSig(
        "Cache",
        (
            FunctionSig("__init__", (Param("self"), Param("capacity", "int")), "None"),
            FunctionSig("get", (Param("self"), Param("key", "int")), "int"),
        ),
    )
    text = starter_text("Cache", sig)
    tree = ast.parse(text)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert [f.name for f in cls.body if isinstance(f, ast.FunctionDef)] == ["__init__", "get"]
    assert "    def get(self, key: int) -> int:\n        raise NotImplementedError" in text


def test_meta_errors_accepts_a_good_module_and_names_bad_constants() -> None:
    good = {
        "TITLE": "T",
        "CATEGORY": "stack",
        "PATTERNS": ["monotonic-stack"],
        "DIFFICULTY": "easy",
        "FUNCTION": "f",
        "COMPLEXITY": "O(n)",
        "TARGET_MINUTES": 10,
    }
    assert meta_errors(good, "my-slug", "stack") == []
    bad = {**good, "PATTERNS": ["Not Kebab"], "COMPLEXITY": "n^2", "TARGET_MINUTES": 0}
    messages = " | ".join(meta_errors(bad, "My_Slug", "stack"))
    for part in ("PATTERNS", "COMPLEXITY", "TARGET_MINUTES", "kebab-case slug"):
        assert part in messages


def test_flat_size_counts_scalars_characters_and_operations() -> None:
    assert flat_size({"nums": list(range(100)), "target": 3}) == 101
    assert flat_size({"s": "x" * 50}) == 50
    assert flat_size({"words": ["abc", "de"]}) == 5
    assert flat_size({"grid": [[0] * 10 for _ in range(10)]}) == 100
    assert flat_size({"init": {}, "ops": [["push", [1]]] * 10}) == 20
    assert flat_size({"init": {}, "ops": [["find_median", []]] * 10}) == 10


def test_about_n_accepts_a_length_or_an_integer_argument() -> None:
    assert about_n(1000, 1001, [])
    assert about_n(1000, 1, [1000])  # climbing_stairs(n=1000)
    assert not about_n(1000, 6, [])
    assert not about_n(1000, 9000, [5])
