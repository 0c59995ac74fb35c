"""Find All Duplicates in an Array

You get a list `nums` of length `n` whose values all lie in `1..n`. Each value appears either
once or twice. Return every value that appears twice, each of them once, in any order. Return
`[]` when no value appears twice.

Aim for O(n) time and O(1) extra space besides the output.

Constraints: 1 <= n <= 10^5; 1 <= nums[i] <= n; every value occurs at most twice.

Example: nums = [4, 3, 2, 7, 8, 2, 3, 1] -> [2, 3]   ([3, 2] is accepted too)

Example: nums = [1, 1, 2] -> [1]
"""

from hypothesis import strategies as st

TITLE = "Find All Duplicates in an Array"
CATEGORY = "arrays-hashing"
PATTERNS = ["cyclic-sort"]
DIFFICULTY = "medium"
FUNCTION = "find_duplicates"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> list[int]:
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i] - 1
        if nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    return [nums[i] for i in range(n) if nums[i] != i + 1]


@st.composite
def _case(draw):
    n = draw(st.integers(1, 40))
    values = draw(st.permutations(range(1, n + 1)))
    k = draw(st.integers(0, n // 2))
    twice, once = values[:k], values[k:n - k]
    nums = draw(st.permutations(twice * 2 + once))
    return {"nums": nums}


def inputs():
    return _case()


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(got) == sorted(expected)
    except TypeError:
        return False


EXAMPLES = [
    ({"nums": [4, 3, 2, 7, 8, 2, 3, 1]}, [2, 3]),
    ({"nums": [1, 1, 2]}, [1]),
    ({"nums": [1]}, []),
    ({"nums": [1, 1]}, [1]),
    ({"nums": [2, 2]}, [2]),
    ({"nums": [3, 1, 2]}, []),
    ({"nums": [3, 3, 1, 1]}, [1, 3]),
]


def large(n, rng):
    values = list(range(1, n + 1))
    rng.shuffle(values)
    k = n // 3
    nums = values[:k] * 2 + values[k:n - k]
    rng.shuffle(nums)
    return {"nums": nums}
