"""Single Number

You get a non-empty list of integers `nums` in which every value occurs exactly twice, except
one value that occurs exactly once. Return that lonely value.

Aim for O(n) time and O(1) extra space.

Constraints: 1 <= len(nums) <= 10^5 (always odd); -3 * 10^4 <= nums[i] <= 3 * 10^4.

Example: nums = [4, 1, 2, 1, 2] -> 4

Example: nums = [-3, 8, 8] -> -3
"""

from hypothesis import strategies as st

TITLE = "Single Number"
CATEGORY = "bit-manipulation"
PATTERNS = ["xor"]
DIFFICULTY = "easy"
FUNCTION = "single_number"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(nums: list[int]) -> int:
    result = 0
    for x in nums:
        result ^= x
    return result


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-30, 30) | st.integers(-3 * 10**4, 3 * 10**4),
                           min_size=1, max_size=15, unique=True))
    nums = draw(st.permutations(values[:1] + values[1:] * 2))
    return {"nums": nums}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [4, 1, 2, 1, 2]}, 4),
    ({"nums": [-3, 8, 8]}, -3),
    ({"nums": [7]}, 7),
    ({"nums": [0, 5, 5]}, 0),
    ({"nums": [2, 2, 9]}, 9),
    ({"nums": [1, 3, 1, -1, 3]}, -1),
    ({"nums": [30000, -30000, 30000]}, -30000),
]


def large(n, rng):
    values = rng.sample(range(-3 * 10**4, 3 * 10**4), n // 2 + 1)
    nums = values[:1] + values[1:] * 2
    rng.shuffle(nums)
    return {"nums": nums}
