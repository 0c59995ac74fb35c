"""LeetCode's names for drill's: the Python judge and the C++ harness look methods up by them."""

from __future__ import annotations


def camel(name: str) -> str:
    """two_sum -> twoSum, as LeetCode names its methods."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
