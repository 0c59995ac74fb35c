"""Container With Most Water

You get a list `height` of non-negative integers: `height[i]` is a vertical wall standing at
x = i. Choose two walls; together with the x-axis they hold water up to the lower of the two
walls, so the amount is `min(height[i], height[j]) * (j - i)`. Return the largest amount any
pair of walls can hold. (Walls in between do not get in the way.)

Aim for O(n) time.

Constraints: 2 <= len(height) <= 10^5; 0 <= height[i] <= 10^4.

Example: height = [1, 8, 6, 2, 5, 4, 8, 3, 7] -> 49   (walls 8 and 7, seven apart)

Example: height = [3, 0, 0, 3] -> 9
"""

from hypothesis import strategies as st

TITLE = "Container With Most Water"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers", "greedy"]
DIFFICULTY = "medium"
FUNCTION = "max_area"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(height: list[int]) -> int:
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        best = max(best, min(height[i], height[j]) * (j - i))
        if height[i] < height[j]:
            i += 1
        else:
            j -= 1
    return best


def inputs():
    return st.one_of(
        st.lists(st.integers(0, 12), min_size=2, max_size=40),
        st.lists(st.integers(0, 10**4), min_size=2, max_size=10),
    ).map(lambda height: {"height": height})


EXAMPLES = [
    ({"height": [1, 8, 6, 2, 5, 4, 8, 3, 7]}, 49),
    ({"height": [3, 0, 0, 3]}, 9),
    ({"height": [1, 1]}, 1),
    ({"height": [0, 0]}, 0),
    ({"height": [5, 0]}, 0),
    ({"height": [1, 2, 4, 3]}, 4),
    ({"height": [2, 9, 1, 9, 2]}, 18),
    ({"height": [10000, 1, 10000]}, 20000),
]


def large(n, rng):
    return {"height": [rng.randint(0, 10**4) for _ in range(n)]}
