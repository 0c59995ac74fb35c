"""Sort Colors

You get a list `nums` whose entries are only 0, 1 and 2 (think red, white and blue). Rearrange it
in place so that all 0s come first, then all 1s, then all 2s, and return the list.

The judge checks only the answer; the interview version asks you not to call a sort routine.
Aim for one pass over the list with O(1) extra memory.

Constraints: 1 <= len(nums) <= 10^5; nums[i] is 0, 1 or 2.

Example: nums = [2, 0, 2, 1, 1, 0] -> [0, 0, 1, 1, 2, 2]

Example: nums = [1, 2, 0] -> [0, 1, 2]
"""

from hypothesis import strategies as st

TITLE = "Sort Colors"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers", "dutch-national-flag"]
DIFFICULTY = "medium"
FUNCTION = "sort_colors"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums: list[int]) -> list[int]:
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif nums[mid] == 2:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
        else:
            mid += 1
    return nums


def inputs():
    return st.lists(st.integers(0, 2), min_size=1, max_size=40).map(lambda nums: {"nums": nums})


EXAMPLES = [
    ({"nums": [2, 0, 2, 1, 1, 0]}, [0, 0, 1, 1, 2, 2]),
    ({"nums": [1, 2, 0]}, [0, 1, 2]),
    ({"nums": [0]}, [0]),
    ({"nums": [2, 2]}, [2, 2]),
    ({"nums": [2, 1]}, [1, 2]),
    ({"nums": [2, 2, 0, 0]}, [0, 0, 2, 2]),
    ({"nums": [1, 1, 1]}, [1, 1, 1]),
]


def large(n, rng):
    return {"nums": [rng.randint(0, 2) for _ in range(n)]}
