"""Jump Game II

You stand on index 0 of a list `nums` of non-negative integers. From index `i` you may jump forward
to any index from `i + 1` up to `i + nums[i]`. The last index is always reachable. Return the
smallest number of jumps needed to reach it (0 if the list has a single element).

Constraints: 1 <= len(nums) <= 10^5; 0 <= nums[i] <= 1000; the last index is reachable from index 0.
An O(n^2) solution is too slow for the largest inputs; aim for O(n).

Example: nums = [2, 3, 1, 1, 4] -> 2   (0 -> 1 -> 4)

Example: nums = [2, 3, 0, 1, 4] -> 2
"""

from hypothesis import strategies as st

TITLE = "Jump Game II"
CATEGORY = "greedy"
PATTERNS = ["greedy", "bfs"]
DIFFICULTY = "medium"
FUNCTION = "jump"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> int:
    # implicit BFS: [start, end] is the range reachable with `jumps` jumps
    jumps, end, farthest = 0, 0, 0
    for i in range(len(nums) - 1):
        farthest = max(farthest, i + nums[i])
        if i == end:  # the current layer is used up: one more jump
            jumps += 1
            end = farthest
    return jumps


def _repair(nums, bump):
    """Raise values where the walk would get stuck, so the last index becomes reachable."""
    reach = 0
    for i in range(len(nums) - 1):
        if reach <= i and i + nums[i] <= i:
            nums[i] = bump(i)
        reach = max(reach, i + nums[i])
    return nums


@st.composite
def _case(draw):
    values = st.one_of(st.integers(0, 3), st.integers(0, 12))
    nums = draw(st.lists(values, min_size=1, max_size=30))
    return {"nums": _repair(nums, lambda i: 1)}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [0]}, 0),
    ({"nums": [5]}, 0),
    ({"nums": [1, 0]}, 1),
    ({"nums": [2, 3, 1, 1, 4]}, 2),
    ({"nums": [2, 3, 0, 1, 4]}, 2),
    ({"nums": [1, 1, 1, 1]}, 3),
    ({"nums": [10, 0, 0, 0]}, 1),
    ({"nums": [1, 2, 1, 1, 1]}, 3),
]


def large(n, rng):
    """n values, mostly short jumps (so about n / 3 jumps), end reachable."""
    nums = [rng.randint(0, 5) for _ in range(n)]
    return {"nums": _repair(nums, lambda i: rng.randint(1, 5))}
