"""Permutations

You are given a list `nums` of distinct integers. Return every ordering (permutation) of its values.

Constraints: 0 <= len(nums) <= 8; -10 <= nums[i] <= 10; the values are pairwise distinct.

Example: nums = [1, 2, 3] -> [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]

Example: nums = [] -> [[]]   (there is exactly one way to order nothing)

The permutations may be listed in any order, but each must appear exactly once.
"""

from hypothesis import strategies as st

TITLE = "Permutations"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "permute"
COMPLEXITY = "O(n * n!)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []
    used = [False] * len(nums)

    def backtrack() -> None:
        if len(path) == len(nums):
            result.append(path[:])
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(x)
                backtrack()
                path.pop()
                used[i] = False

    backtrack()
    return result


def inputs():
    return st.lists(st.integers(-10, 10), max_size=6, unique=True).map(lambda v: {"nums": v})


EXAMPLES = [
    ({"nums": []}, [[]]),
    ({"nums": [7]}, [[7]]),
    ({"nums": [0, 1]}, [[0, 1], [1, 0]]),
    ({"nums": [1, 2, 3]}, [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]),
    ({"nums": [-1, 5, 0]},
     [[-1, 5, 0], [-1, 0, 5], [5, -1, 0], [5, 0, -1], [0, -1, 5], [0, 5, -1]]),
]


def large(n, rng):
    """The largest k with k! <= 4n, so the answer holds about n permutations (k! grows in steps;
    4n puts a step between n=1000 and n=4000, where `drill problems check` looks)."""
    k, fact = 1, 1
    while fact * (k + 1) <= 4 * n and k < 8:
        k += 1
        fact *= k
    return {"nums": rng.sample(range(-10, 11), k)}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(map(list, got)) == sorted(map(list, expected))
    except TypeError:
        return False
