"""Longest Consecutive Sequence

You get an unsorted list of integers `nums`. Return the length of the longest run of
consecutive integers `x, x + 1, x + 2, ...` whose members all occur in `nums` (anywhere, in any
order). Duplicates count once. An empty list gives 0.

Aim for O(n) time (sorting would be O(n log n)).

Constraints: 0 <= len(nums) <= 10^5; -10^9 <= nums[i] <= 10^9.

Example: nums = [100, 4, 200, 1, 3, 2] -> 4   (1, 2, 3, 4)

Example: nums = [5, 5, 6, 6, 8] -> 2   (5, 6; 8 stands alone)
"""

from hypothesis import strategies as st

TITLE = "Longest Consecutive Sequence"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing"]
DIFFICULTY = "medium"
FUNCTION = "longest_consecutive"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
    return best


@st.composite
def _runs_with_repeats(draw):
    """Two runs of consecutive values with some values repeated, shuffled together."""
    nums = []
    for _ in range(2):
        start, length = draw(st.integers(-20, 20)), draw(st.integers(1, 10))
        run = list(range(start, start + length))
        nums += run + draw(st.lists(st.sampled_from(run), max_size=4))
    return draw(st.permutations(nums))


def inputs():
    return st.one_of(
        st.lists(st.integers(-10, 30), max_size=40),
        _runs_with_repeats(),
        st.lists(st.integers(-10**9, 10**9), max_size=10),
    ).map(lambda nums: {"nums": nums})


EXAMPLES = [
    ({"nums": [100, 4, 200, 1, 3, 2]}, 4),
    ({"nums": [5, 5, 6, 6, 8]}, 2),
    ({"nums": []}, 0),
    ({"nums": [7]}, 1),
    ({"nums": [3, 3, 3]}, 1),
    ({"nums": [-1, 1, 0, -2]}, 4),
    ({"nums": [10, 30, 20]}, 1),
    ({"nums": [9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6]}, 7),
]


def large(n, rng):
    start = rng.randint(-10**6, 10**6)
    nums = list(range(start, start + n))
    rng.shuffle(nums)
    return {"nums": nums}
