"""Missing Number

You get a list `nums` holding `n` distinct integers, every one of them taken from the range
`0..n` (both ends included). The range has `n + 1` numbers, so exactly one of them is not in
`nums`. Return that number.

Aim for O(n) time and O(1) extra space.

Constraints: 1 <= n <= 10^5; 0 <= nums[i] <= n; the values are distinct.

Example: nums = [4, 0, 1, 3] -> 2   (n = 4, the range is 0..4 and 2 is absent)

Example: nums = [1, 0] -> 2   (n = 2; 0 and 1 are both there, so the top of the range is missing)
"""

from hypothesis import strategies as st

TITLE = "Missing Number"
CATEGORY = "arrays-hashing"
PATTERNS = ["cyclic-sort", "math"]
DIFFICULTY = "easy"
FUNCTION = "missing_number"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(nums: list[int]) -> int:
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i]
        if j < n and nums[j] != j:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i, x in enumerate(nums):
        if x != i:
            return i
    return n


@st.composite
def _case(draw):
    n = draw(st.integers(1, 40))
    missing = draw(st.integers(0, n))
    nums = draw(st.permutations([x for x in range(n + 1) if x != missing]))
    return {"nums": nums}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [4, 0, 1, 3]}, 2),
    ({"nums": [1, 0]}, 2),
    ({"nums": [0]}, 1),
    ({"nums": [1]}, 0),
    ({"nums": [3, 1, 2]}, 0),
    ({"nums": [5, 4, 3, 2, 1, 0]}, 6),
    ({"nums": [0, 2]}, 1),
]


def large(n, rng):
    missing = rng.randint(0, n)
    nums = [x for x in range(n + 1) if x != missing]
    rng.shuffle(nums)
    return {"nums": nums}
