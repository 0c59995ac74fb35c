"""First Missing Positive

You get an unsorted list of integers `nums` (negatives, zeros, duplicates and huge values are all
possible). Return the smallest positive integer (1, 2, 3, ...) that does not occur in `nums`.

Aim for O(n) time with O(1) extra space (you may modify `nums`).

Constraints: 1 <= len(nums) <= 10^5; -2^31 <= nums[i] <= 2^31 - 1.

Example: nums = [3, 4, -1, 1] -> 2

Example: nums = [2, 1, 3] -> 4   (1, 2 and 3 are all present)

Example: nums = [7, 8, 9] -> 1
"""

from hypothesis import strategies as st

TITLE = "First Missing Positive"
CATEGORY = "arrays-hashing"
PATTERNS = ["cyclic-sort"]
DIFFICULTY = "hard"
FUNCTION = "first_missing_positive"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 35


def reference(nums: list[int]) -> int:
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i] - 1
        if 0 <= j < n and nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1


@st.composite
def _permutation_plus(draw):
    """1..n in some order, sometimes with one slot overwritten: the answer is often n + 1."""
    n = draw(st.integers(1, 30))
    nums = draw(st.permutations(range(1, n + 1)))
    if draw(st.booleans()):
        nums[draw(st.integers(0, n - 1))] = draw(st.integers(-3, n + 3))
    return nums


@st.composite
def _run_with_repeats(draw):
    """1..m with some values repeated, maybe one left out, and some junk, shuffled."""
    m = draw(st.integers(1, 15))
    nums = list(range(1, m + 1))
    if draw(st.booleans()):
        nums.remove(draw(st.integers(1, m)))
    nums += draw(st.lists(st.integers(1, m), min_size=1, max_size=8))
    nums += draw(st.lists(st.sampled_from([-1, 0, 2**31 - 1, m + 5]), max_size=3))
    return draw(st.permutations(nums))


def inputs():
    return st.one_of(
        st.lists(st.integers(-5, 45), min_size=1, max_size=40),
        _permutation_plus(),
        _run_with_repeats(),
        st.lists(st.integers(-2**31, 2**31 - 1), min_size=1, max_size=10),
    ).map(lambda nums: {"nums": nums})


EXAMPLES = [
    ({"nums": [3, 4, -1, 1]}, 2),
    ({"nums": [2, 1, 3]}, 4),
    ({"nums": [7, 8, 9]}, 1),
    ({"nums": [1]}, 2),
    ({"nums": [0]}, 1),
    ({"nums": [1, 1]}, 2),
    ({"nums": [2, 2, 2, 1]}, 3),
    ({"nums": [-2**31, 2**31 - 1, 0, 2]}, 1),
]


def large(n, rng):
    """1..n shuffled, with n // 20 junk values overwriting the top tenth: the answer is about
    0.9 n, so counting up from 1 and searching for each value is driven to O(n^2)."""
    nums = list(range(1, n + 1))
    for _ in range(n // 20):
        nums[rng.randrange(n - n // 10, n)] = rng.choice([-5, 0, 2 * n, rng.randint(1, n)])
    rng.shuffle(nums)
    return {"nums": nums}
