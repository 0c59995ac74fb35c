"""Range Sum Query - Immutable

Design a class `NumArray` that is built once from a list of integers and then answers many
questions of the form "what do the values from position `left` to position `right` add up to?".

- `NumArray(nums)` keeps the list `nums` (it never changes afterwards);
- `sum_range(left, right)` returns `nums[left] + nums[left + 1] + ... + nums[right]`, both ends
  included.

Every query has `0 <= left <= right < len(nums)`.

Constraints: 1 <= len(nums) <= 10^4; -10^5 <= nums[i] <= 10^5; at most 10^4 queries.

Example: NumArray([4, -1, 3, 0, 2]), sum_range(0, 2) -> 6, sum_range(1, 4) -> 4,
sum_range(3, 3) -> 0

Aim for O(1) time per query after the class is built.
"""

from hypothesis import strategies as st

TITLE = "Range Sum Query - Immutable"
CATEGORY = "arrays-hashing"
PATTERNS = ["prefix-sum", "design"]
DIFFICULTY = "easy"
FUNCTION = "NumArray"
COMPLEXITY = "O(n)"  # building from n values, then n queries at O(1) each
TARGET_MINUTES = 10


class NumArray:
    def __init__(self, nums: list[int]) -> None:
        # prefix[i] is the sum of the first i values
        self._prefix = [0]
        for x in nums:
            self._prefix.append(self._prefix[-1] + x)

    def sum_range(self, left: int, right: int) -> int:
        return self._prefix[right + 1] - self._prefix[left]


reference = NumArray


@st.composite
def _case(draw):
    nums = draw(
        st.one_of(
            st.lists(st.integers(-3, 3), min_size=1, max_size=30),
            st.lists(st.integers(-10**5, 10**5), min_size=1, max_size=30),
        )
    )
    n = len(nums)
    ops = []
    for _ in range(draw(st.integers(1, 15))):
        shape = draw(st.sampled_from(["any", "from-start", "to-end", "single"]))
        left = 0 if shape == "from-start" else draw(st.integers(0, n - 1))
        if shape == "single":
            right = left
        elif shape == "to-end":
            right = n - 1
        else:
            right = draw(st.integers(left, n - 1))
        ops.append(["sum_range", [left, right]])
    return {"init": {"nums": nums}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"init": {"nums": [4, -1, 3, 0, 2]},
         "ops": [["sum_range", [1, 2]], ["sum_range", [1, 3]], ["sum_range", [3, 3]]]},
        [2, 2, 0],
    ),
    (
        {"init": {"nums": [0, -2, 3, -5, 2, 2]},
         "ops": [["sum_range", [0, 2]], ["sum_range", [2, 4]], ["sum_range", [0, 4]],
                 ["sum_range", [3, 3]]]},
        [1, 0, -2, -5],
    ),
    (
        {"init": {"nums": [0, 7, -7]}, "ops": [["sum_range", [0, 0]], ["sum_range", [1, 1]]]},
        [0, 7],
    ),
    (
        {"init": {"nums": [0, -100000, -100000, 100000, 100000]},
         "ops": [["sum_range", [1, 2]], ["sum_range", [0, 1]], ["sum_range", [2, 3]]]},
        [-200000, -100000, 0],
    ),
]


def large(n, rng):
    nums = [rng.randint(-10**5, 10**5) for _ in range(n // 2)]
    ops = []
    for _ in range(n // 2):
        # wide ranges: summing each one value by value costs O(n) per query
        left = rng.randrange(len(nums) // 4 + 1)
        ops.append(["sum_range", [left, rng.randrange(3 * len(nums) // 4, len(nums))]])
    return {"init": {"nums": nums}, "ops": ops}
