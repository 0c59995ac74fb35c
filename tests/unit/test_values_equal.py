"""How the judge compares an answer with the reference's."""

from __future__ import annotations

from drill.core.problems import values_equal


def test_a_bool_is_not_a_number() -> None:
    assert not values_equal([1, 0, 1], [True, False, True])
    assert not values_equal(True, 1) and not values_equal(0, False)
    assert values_equal([True], [True]) and values_equal(False, False)


def test_numbers_lists_and_floats_compare_as_before() -> None:
    assert values_equal(2, 2.0) and values_equal(0.1 + 0.2, 0.3)
    assert values_equal([1, [2, 3]], (1, (2, 3)))
    assert not values_equal([1, 2], [1, 2, 3])
    assert values_equal({"a": [1.0]}, {"a": [1]})
