"""Next Greater Element I

You get two lists of distinct integers, `nums1` and `nums2`, where every value of `nums1` also
appears in `nums2`. For a value `x`, its next greater element is the first value to the right of
`x`'s position in `nums2` that is larger than `x`, or -1 when no larger value follows it there.

Return a list holding, for each value of `nums1` in order, its next greater element.

Constraints: 1 <= len(nums1) <= len(nums2) <= 2 * 10^4; 0 <= nums1[i], nums2[i] <= 10^5; the
values in each list are distinct; every value of `nums1` is in `nums2`.

Example: nums1 = [6, 2, 9], nums2 = [2, 7, 6, 9, 3] -> [9, 7, -1]   (after 6 comes 9; after 2
comes 7, before the larger 9; nothing after 9 is larger)

Aim for O(len(nums1) + len(nums2)) time.
"""

from hypothesis import strategies as st

TITLE = "Next Greater Element I"
CATEGORY = "stack"
PATTERNS = ["monotonic-stack", "hashing"]
DIFFICULTY = "easy"
FUNCTION = "next_greater_element"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(nums1: list[int], nums2: list[int]) -> list[int]:
    following: dict[int, int] = {}
    stack: list[int] = []  # values still waiting for a larger one, decreasing
    for x in nums2:
        while stack and stack[-1] < x:
            following[stack.pop()] = x
        stack.append(x)
    return [following.get(x, -1) for x in nums1]


@st.composite
def _case(draw):
    nums2 = draw(
        st.one_of(
            st.lists(st.integers(0, 12), min_size=1, max_size=12, unique=True),
            st.lists(st.integers(0, 10**5), min_size=1, max_size=30, unique=True),
        )
    )
    chosen = draw(st.lists(st.sampled_from(nums2), min_size=1, max_size=len(nums2), unique=True))
    return {"nums1": chosen, "nums2": nums2}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums1": [3, 9], "nums2": [3, 1, 9, 4]}, [9, -1]),
    ({"nums1": [5], "nums2": [5]}, [-1]),
    ({"nums1": [1, 2], "nums2": [1, 2]}, [2, -1]),
    ({"nums1": [8, 7], "nums2": [7, 8, 3]}, [-1, 8]),
    ({"nums1": [0, 10000], "nums2": [0, 10000, 5]}, [10000, -1]),
    ({"nums1": [6, 2], "nums2": [2, 6, 1]}, [-1, 6]),
]


def large(n, rng):
    # decreasing: no value has a greater one after it, so a scan to the right runs to the end
    nums2 = sorted(rng.sample(range(10**5 + 1), n // 2), reverse=True)
    nums1 = nums2[:]
    rng.shuffle(nums1)
    return {"nums1": nums1, "nums2": nums2}
