"""Single Element in a Sorted Array

You get a sorted list of integers `nums` in which every value appears exactly twice, side by side,
except one value that appears only once. Return that value.

Constraints: 1 <= len(nums) <= 10^5 (so the length is odd); -10^9 <= nums[i] <= 10^9.

Example: nums = [2, 2, 5, 9, 9] -> 5

Example: nums = [-4, -4, 0, 0, 6] -> 6

Aim for O(log n) time.
"""

from hypothesis import strategies as st

TITLE = "Single Element in a Sorted Array"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search"]
DIFFICULTY = "medium"
FUNCTION = "single_non_duplicate"
COMPLEXITY = "O(log n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if mid % 2:
            mid -= 1  # look at a pair that starts at an even index
        if nums[mid] == nums[mid + 1]:
            lo = mid + 2  # pairs are intact up to here: the single one is further right
        else:
            hi = mid
    return nums[lo]


def _layout(values: list[int], single: int) -> list[int]:
    out = []
    for i, x in enumerate(values):
        out += [x] if i == single else [x, x]
    return out


@st.composite
def _case(draw):
    values = sorted(
        draw(
            st.one_of(
                st.sets(st.integers(-30, 30), min_size=1, max_size=15),
                st.sets(st.integers(-10**9, 10**9), min_size=1, max_size=15),
            )
        )
    )
    single = draw(st.integers(0, len(values) - 1))
    return {"nums": _layout(values, single)}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [7]}, 7),
    ({"nums": [3, 3, 8]}, 8),
    ({"nums": [-5, -5, -2]}, -2),
    ({"nums": [1, 1, 2, 2, 3, 3, 4]}, 4),
    ({"nums": [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 9]}, 9),
    ({"nums": [-10**9, -10**9, 10**9]}, 10**9),
]


def large(n, rng):
    values = sorted(rng.sample(range(-10**9, 10**9), n // 2 + 1))
    return {"nums": _layout(values, rng.randrange(len(values)))}
