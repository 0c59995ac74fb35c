"""Move Zeroes

You get a list of integers `nums`. Shift every 0 to the end of the list while the other entries
keep the order they had among themselves. Work on `nums` itself: change the list you were given
and return nothing (the judge reads `nums` after the call). Aim for one pass and O(1) extra memory.

Constraints: 1 <= len(nums) <= 10^4; -2^31 <= nums[i] <= 2^31 - 1.

Example: nums = [4, 0, 5, 0, 7] -> nums becomes [4, 5, 7, 0, 0]

Example: nums = [0, -3, 0, -3] -> nums becomes [-3, -3, 0, 0]   (equal values keep their order)
"""

from hypothesis import strategies as st

TITLE = "Move Zeroes"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers"]
DIFFICULTY = "easy"
FUNCTION = "move_zeroes"
IN_PLACE = "nums"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(nums: list[int]) -> None:
    write = 0
    for read in range(len(nums)):
        if nums[read] != 0:
            nums[write], nums[read] = nums[read], nums[write]
            write += 1


_VALUE = st.one_of(
    st.just(0),
    st.just(0),
    st.integers(-3, 3),
    st.sampled_from([-(2**31), 2**31 - 1, 1, -1]),
    st.integers(-(2**31), 2**31 - 1),
)


def inputs():
    return st.lists(_VALUE, min_size=1, max_size=40).map(lambda nums: {"nums": nums})


EXAMPLES = [
    ({"nums": [4, 0, 5, 0, 7]}, [4, 5, 7, 0, 0]),
    ({"nums": [0, -3, 0, -3]}, [-3, -3, 0, 0]),
    ({"nums": [0]}, [0]),
    ({"nums": [9]}, [9]),
    ({"nums": [1, 2, 3]}, [1, 2, 3]),
    ({"nums": [0, 1, 0, 1, 0]}, [1, 1, 0, 0, 0]),
    ({"nums": [-(2**31), 2**31 - 1, 0]}, [-(2**31), 2**31 - 1, 0]),
]


def large(n, rng):
    """Half zeroes, spread out: every non-zero has to travel."""
    return {
        "nums": [0 if rng.random() < 0.5 else rng.randint(-(2**31), 2**31 - 1) for _ in range(n)]
    }
