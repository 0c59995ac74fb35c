"""Product of Array Except Self

You get a list of integers `nums`. Return a list `answer` of the same length where `answer[i]`
is the product of every element of `nums` except `nums[i]`.

Do it in O(n) time without using division (division also breaks on zeros).

Constraints: 2 <= len(nums) <= 10^5; -30 <= nums[i] <= 30; the product of any prefix or suffix
of nums fits in a 32-bit signed integer.

Example: nums = [2, 3, 4, 5] -> [60, 40, 30, 24]

Example: nums = [-1, 0, 3, 0] -> [0, 0, 0, 0]   (two zeros: every product contains one)

Example: nums = [4, 0, 2] -> [0, 8, 0]
"""

from hypothesis import strategies as st

TITLE = "Product of Array Except Self"
CATEGORY = "arrays-hashing"
PATTERNS = ["prefix-sum"]
DIFFICULTY = "medium"
FUNCTION = "product_except_self"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int]) -> list[int]:
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        answer[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= right
        right *= nums[i]
    return answer


def inputs():
    # |value| <= 2 over at most 30 items, or any value over at most 6 items: products stay 32-bit
    # (and a single zero at the front, the back or anywhere among nonzero values)
    one_zero = st.tuples(
        st.lists(st.sampled_from([-2, -1, 1, 2]), min_size=1, max_size=20),
        st.sampled_from(["front", "back", "inside"]),
        st.integers(0, 20),
    ).map(lambda t: _with_zero(*t))
    return st.one_of(
        st.lists(st.integers(-2, 2), min_size=2, max_size=30),
        st.lists(st.integers(-30, 30), min_size=2, max_size=6),
        one_zero,
    ).map(lambda nums: {"nums": nums})


def _with_zero(nums, where, i):
    at = {"front": 0, "back": len(nums), "inside": i % (len(nums) + 1)}[where]
    return [*nums[:at], 0, *nums[at:]]


EXAMPLES = [
    ({"nums": [2, 3, 4, 5]}, [60, 40, 30, 24]),
    ({"nums": [-1, 0, 3, 0]}, [0, 0, 0, 0]),
    ({"nums": [4, 0, 2]}, [0, 8, 0]),
    ({"nums": [0, 0]}, [0, 0]),
    ({"nums": [7, -3]}, [-3, 7]),
    ({"nums": [1, 1, 1, 1]}, [1, 1, 1, 1]),
    ({"nums": [-2, -2, -2]}, [4, 4, 4]),
]


def large(n, rng):
    nums = [rng.choice((1, -1)) for _ in range(max(2, n))]
    for _ in range(20):
        nums[rng.randrange(len(nums))] = rng.choice((2, -2))
    return {"nums": nums}
