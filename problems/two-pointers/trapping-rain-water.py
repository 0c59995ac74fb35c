"""Trapping Rain Water

You get a list `height` of non-negative integers describing an elevation profile: column `i`
is `height[i]` units tall and one unit wide. After heavy rain, water settles on top of the
columns wherever it is held in by taller columns on both sides. Return the total number of
units of water trapped (0 for an empty list).

Aim for O(n) time and O(1) extra space.

Constraints: 0 <= len(height) <= 10^5; 0 <= height[i] <= 10^5.

Example: height = [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1] -> 6

Example: height = [4, 2, 0, 3, 2, 5] -> 9   (2 + 4 + 1 + 2 above the four inner columns)
"""

from hypothesis import strategies as st

TITLE = "Trapping Rain Water"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers", "prefix-max"]
DIFFICULTY = "hard"
FUNCTION = "trap"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 35


def reference(height: list[int]) -> int:
    i, j = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while i < j:
        if height[i] < height[j]:
            left_max = max(left_max, height[i])
            water += left_max - height[i]
            i += 1
        else:
            right_max = max(right_max, height[j])
            water += right_max - height[j]
            j -= 1
    return water


def inputs():
    return st.one_of(
        st.lists(st.integers(0, 6), max_size=40),
        st.lists(st.integers(0, 10**5), max_size=10),
    ).map(lambda height: {"height": height})


EXAMPLES = [
    ({"height": [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]}, 6),
    ({"height": [4, 2, 0, 3, 2, 5]}, 9),
    ({"height": []}, 0),
    ({"height": [7]}, 0),
    ({"height": [3, 0]}, 0),
    ({"height": [1, 2, 3, 4]}, 0),
    ({"height": [3, 1, 3]}, 2),
    ({"height": [5, 0, 0, 0, 2]}, 6),
]


def large(n, rng):
    return {"height": [rng.randint(0, 10**5) for _ in range(n)]}
