"""How the judge compares an answer with the reference's: strictly, unless the problem says."""

from __future__ import annotations

from drill.core.problems import type_hint, values_equal


def test_a_bool_is_not_a_number() -> None:
    assert not values_equal([1, 0, 1], [True, False, True])
    assert not values_equal(True, 1) and not values_equal(0, False)
    assert values_equal([True], [True]) and values_equal(False, False)


def test_a_tuple_is_not_a_list_unless_the_problem_says_any_sequence() -> None:
    assert not values_equal([1, [2, 3]], [1, (2, 3)])
    assert not values_equal([0, 1], (0, 1))
    assert values_equal([1, [2, 3]], (1, (2, 3)), any_sequence=True)
    assert type_hint([[2, 3]], [(2, 3)]) == "returned a tuple; the answer is a list"
    assert type_hint([1], [1]) == ""


def test_floats_are_exact_unless_the_problem_declares_a_tolerance() -> None:
    assert not values_equal(0.1 + 0.2, 0.3)
    assert values_equal(0.1 + 0.2, 0.3, tolerance=1e-9)
    assert values_equal(2, 2.0)  # the same number
    assert not values_equal(1.0, 1.001, tolerance=1e-6)
    assert values_equal({"a": [1.0]}, {"a": [1]})
    assert not values_equal([1, 2], [1, 2, 3])
