"""Two Sum

You get a list of integers `nums` and an integer `target`. Exactly one pair of positions holds
values that add up to `target`. Return those two positions as `[i, j]` with `i < j`.

Constraints: 2 <= len(nums) <= 10^5; -10^9 <= nums[i], target <= 10^9; the pair is unique.

Example: nums = [4, 9, 2, 8], target = 11 -> [1, 2]   (9 + 2 = 11)

Example: nums = [5, 5], target = 10 -> [0, 1]   (the same value twice is fine: two positions)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Two Sum"
CATEGORY = "arrays-hashing"
PATTERNS = ["hashing"]
DIFFICULTY = "easy"
FUNCTION = "two_sum"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i, j]
        seen[x] = j
    raise AssertionError("no pair adds up to target")


@st.composite
def _case(draw):
    # Distinct values make the pair unique; the answer's two values may still be equal.
    values = draw(st.lists(st.integers(-50, 50), min_size=2, max_size=30, unique=True))
    i, j = sorted(draw(st.lists(st.integers(0, len(values) - 1), min_size=2, max_size=2, unique=True)))
    twin = draw(st.booleans())
    nums = list(values)
    if twin:
        nums[j] = nums[i]
    target = nums[i] + nums[j]
    # Keep the pair unique: no other two positions may add up to target.
    pairs = [
        (a, b)
        for a in range(len(nums))
        for b in range(a + 1, len(nums))
        if nums[a] + nums[b] == target
    ]
    if pairs != [(i, j)]:
        nums = [x * 1000 + (7 if k in (i, j) else 0) for k, x in enumerate(nums)]
        target = nums[i] + nums[j]
    return {"nums": nums, "target": target}


def inputs():
    return _case().filter(
        lambda kw: sum(
            1
            for a in range(len(kw["nums"]))
            for b in range(a + 1, len(kw["nums"]))
            if kw["nums"][a] + kw["nums"][b] == kw["target"]
        )
        == 1
    )


EXAMPLES = [
    ({"nums": [4, 9, 2, 8], "target": 11}, [1, 2]),
    ({"nums": [5, 5], "target": 10}, [0, 1]),
    ({"nums": [3, 2, 4], "target": 6}, [1, 2]),
    ({"nums": [-3, 4, 3, 90], "target": 0}, [0, 2]),
    ({"nums": [0, 4, 3, 0], "target": 0}, [0, 3]),
    ({"nums": [1, 2], "target": 3}, [0, 1]),
]


def large(n, rng):
    nums = rng.sample(range(-10**9 // 2, 10**9 // 2), n)
    # The pair sits at the very end, so a nested-loop search does its full quadratic work.
    i, j = n - 2, n - 1
    nums[i], nums[j] = 10**9 - 1, 10**9 - 3
    return {"nums": nums, "target": nums[i] + nums[j]}
