"""3Sum

You get a list of integers `nums`. Return every distinct triplet of values `[a, b, c]` taken from
three different positions of `nums` with `a + b + c == 0`.

"Distinct" is about values: `[-1, 0, 1]` is reported once however many ways the positions can
produce it. The triplets may come in any order, and the three numbers inside a triplet may be in
any order. Return `[]` when there is no such triplet.

Aim for O(n^2) time.

Constraints: 3 <= len(nums) <= 3000; -10^5 <= nums[i] <= 10^5.

Example: nums = [-1, 0, 1, 2, -1, -4] -> [[-1, -1, 2], [-1, 0, 1]]

Example: nums = [0, 0, 0, 0] -> [[0, 0, 0]]

Example: nums = [1, -1, 3] -> []
"""

from hypothesis import strategies as st

TITLE = "3Sum"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers", "sorting"]
DIFFICULTY = "medium"
FUNCTION = "three_sum"
COMPLEXITY = "O(n^2)"
TARGET_MINUTES = 25


def reference(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    n = len(nums)
    out: list[list[int]] = []
    for i in range(n - 2):
        if nums[i] > 0:
            break
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                out.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
    return out


def inputs():
    return st.one_of(
        st.lists(st.integers(-6, 6), min_size=3, max_size=30),
        st.lists(st.integers(-10**5, 10**5), min_size=3, max_size=8),
    ).map(lambda nums: {"nums": nums})


def _normal(triplets):
    return sorted(tuple(sorted(t)) for t in triplets)


def check(kwargs, expected, got) -> bool:
    try:
        return all(len(t) == 3 for t in got) and _normal(got) == _normal(expected)
    except TypeError:
        return False


EXAMPLES = [
    ({"nums": [-1, 0, 1, 2, -1, -4]}, [[-1, -1, 2], [-1, 0, 1]]),
    ({"nums": [0, 0, 0, 0]}, [[0, 0, 0]]),
    ({"nums": [1, -1, 3]}, []),
    ({"nums": [0, 0, 1]}, []),
    ({"nums": [0, 0, 0]}, [[0, 0, 0]]),
    ({"nums": [-2, 1, 1, 1, 1]}, [[-2, 1, 1]]),
    ({"nums": [3, -3, 0, 0, 3, -3]}, [[-3, 0, 3]]),
    ({"nums": [-4, -1, -1, 0, 1, 2, 2, 2]}, [[-4, 2, 2], [-1, -1, 2], [-1, 0, 1]]),
]


def large(n, rng):
    """About n/6 distinct values, half of them negative, so every first index is tried.

    Distinct values make the two-pointer scan do its full O(len^2) work; n/6 of them keeps the
    reference at n=8192 (1365 values) well inside the timing budget.
    """
    size = max(3, n // 6)
    return {"nums": rng.sample(range(-10**5, 10**5 + 1), size)}
