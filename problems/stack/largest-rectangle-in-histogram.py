"""Largest Rectangle in Histogram

You get a list `heights` of non-negative integers: the bars of a histogram, each one unit wide,
standing side by side. Return the area of the largest axis-aligned rectangle that fits entirely
inside the histogram (its height is limited by the shortest bar it spans). If every bar has
height 0, the answer is 0.

Aim for O(n) time.

Constraints: 1 <= len(heights) <= 10^5; 0 <= heights[i] <= 10^4.

Example: heights = [2, 1, 5, 6, 2, 3] -> 10   (height 5 across the bars 5 and 6)

Example: heights = [2, 4] -> 4

Example: heights = [1, 2, 3, 4, 5] -> 9   (height 3 across the last three bars)
"""

from hypothesis import strategies as st

TITLE = "Largest Rectangle in Histogram"
CATEGORY = "stack"
PATTERNS = ["monotonic-stack"]
DIFFICULTY = "hard"
FUNCTION = "largest_rectangle_area"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 40


def reference(heights: list[int]) -> int:
    stack: list[int] = []  # indices of bars with increasing heights
    best = 0
    for i, h in enumerate([*heights, 0]):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    return best


def inputs():
    return st.one_of(
        st.lists(st.integers(0, 8), min_size=1, max_size=40),
        st.lists(st.integers(0, 10**4), min_size=1, max_size=10),
    ).map(lambda heights: {"heights": heights})


EXAMPLES = [
    ({"heights": [2, 1, 5, 6, 2, 3]}, 10),
    ({"heights": [2, 4]}, 4),
    ({"heights": [1, 2, 3, 4, 5]}, 9),
    ({"heights": [0]}, 0),
    ({"heights": [7]}, 7),
    ({"heights": [3, 3, 3]}, 9),
    ({"heights": [5, 4, 3, 2, 1]}, 9),
    ({"heights": [2, 0, 2]}, 2),
]


def large(n, rng):
    """A mountain: random heights sorted up to the middle, then down again.

    The stack grows to n/2 before it empties, and from each bar the run of bars at least as tall
    stretches far across the peak, which is what a walk-out-from-every-bar answer pays for.
    """
    half = n // 2
    up = sorted(rng.randint(0, 10**4) for _ in range(half))
    down = sorted((rng.randint(0, 10**4) for _ in range(n - half)), reverse=True)
    return {"heights": up + down}
