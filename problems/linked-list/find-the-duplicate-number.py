"""Find the Duplicate Number

`nums` holds `n + 1` integers, every one of them between 1 and n inclusive, so by pigeonhole some
value occurs more than once. Exactly one value is repeated, but it may occur any number of times
(two, three, ... up to n + 1 copies); every other value occurs at most once, and some values of
1..n may be missing altogether. Return the repeated value.

Leave `nums` unchanged and use only O(1) extra space. Aim for O(n) time.

Constraints: 1 <= n <= 10^5; len(nums) == n + 1; 1 <= nums[i] <= n.

Example: nums = [3, 1, 4, 2, 4] -> 4

Example: nums = [2, 2, 2, 2] -> 2   (n = 3; the value 2 fills every slot, 1 and 3 are missing)
"""

from hypothesis import strategies as st

TITLE = "Find the Duplicate Number"
CATEGORY = "linked-list"
PATTERNS = ["fast-slow-pointers", "cycle-detection"]
DIFFICULTY = "medium"
FUNCTION = "find_duplicate"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(nums: list[int]) -> int:
    # Floyd: meet inside the cycle, then walk from the head and from the meeting point in step;
    # they meet at the cycle's entrance, the index two different indices point to.
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            break
    head = 0
    while head != slow:
        head = nums[head]
        slow = nums[slow]
    return slow


@st.composite
def _case(draw):
    n = draw(st.integers(1, 30))
    dup = draw(st.integers(1, n))
    # two copies is the common case; many copies (and so many missing values) breaks sum tricks
    copies = draw(st.one_of(st.just(2), st.integers(2, n + 1)))
    others = [v for v in range(1, n + 1) if v != dup]
    rest = draw(st.permutations(others))[: n + 1 - copies]
    nums = draw(st.permutations([dup] * copies + rest))
    return {"nums": nums}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [3, 1, 4, 2, 4]}, 4),
    ({"nums": [2, 2, 2, 2]}, 2),
    ({"nums": [1, 1]}, 1),
    ({"nums": [5, 1, 2, 4, 3, 1]}, 1),
    ({"nums": [2, 3, 1, 1]}, 1),
    ({"nums": [4, 1, 2, 3, 2]}, 2),
    ({"nums": [3, 5, 6, 1, 2, 4, 7, 7]}, 7),
]


def large(n, rng):
    """A permutation of 1..n with one value repeated, its two copies at the very end."""
    nums = list(range(1, n + 1))
    rng.shuffle(nums)
    dup = nums[-1]
    nums.append(dup)
    # move the other copy next to the last slot: scans for an equal pair find it late
    i = nums.index(dup)
    nums[i], nums[-2] = nums[-2], nums[i]
    return {"nums": nums}
