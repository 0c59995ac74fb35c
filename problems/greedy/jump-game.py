"""Jump Game

You stand on index 0 of a list `nums` of non-negative integers. From index `i` you may jump forward
to any index from `i + 1` up to `i + nums[i]` (a value of 0 means you cannot move from there).
Return True if you can reach the last index, and False otherwise.

Constraints: 1 <= len(nums) <= 10^5; 0 <= nums[i] <= 10^5.

Example: nums = [2, 3, 1, 1, 4] -> True   (0 -> 1 -> 4)

Example: nums = [3, 2, 1, 0, 4] -> False   (every route lands on index 3, whose value is 0)
"""

from hypothesis import strategies as st

TITLE = "Jump Game"
CATEGORY = "greedy"
PATTERNS = ["greedy"]
DIFFICULTY = "medium"
FUNCTION = "can_jump"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> bool:
    reach = 0  # farthest index reachable so far
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True


@st.composite
def _decoy(draw):
    """A run of 1s, then a square whose range holds a big value close by (a decoy that reaches
    only zeros) and a value no bigger at the far end of the range that reaches the last index."""
    v = draw(st.integers(1, 3))
    pad = max(1, v - 1)
    k = v + 2 + draw(st.integers(0, 2))
    return [1] * draw(st.integers(0, 4)) + [k, v] + [0] * (k - 2) + [pad] + [0] * pad


def inputs():
    values = st.one_of(st.integers(0, 3), st.integers(0, 10))
    # many zeros among short jumps: reaching the end hangs on picking the right launch pads
    sparse = st.sampled_from([0, 0, 0, 1, 2, 3, 4])
    lists = st.one_of(st.lists(values, min_size=1, max_size=30),
                      st.lists(sparse, min_size=5, max_size=25),
                      _decoy())
    return lists.map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": [0]}, True),
    ({"nums": [2, 3, 1, 1, 4]}, True),
    ({"nums": [3, 2, 1, 0, 4]}, False),
    ({"nums": [0, 1]}, False),
    ({"nums": [2, 0, 0]}, True),
    ({"nums": [2, 5, 0, 0, 0, 0]}, True),
    ({"nums": [1, 1, 0, 1]}, False),
]


def large(n, rng):
    """n small jumps with many zeros, repaired so the end is reachable (all of it gets scanned)."""
    nums = [rng.randint(1, 4) if rng.random() < 0.7 else 0 for _ in range(n)]
    reach = 0
    for i in range(n - 1):
        if i + nums[i] <= i and reach <= i:  # stuck here: give this square a jump
            nums[i] = rng.randint(1, 4)
        reach = max(reach, i + nums[i])
    return {"nums": nums}
