"""Sliding Window Maximum

You get a list of integers `nums` and a window size `k`. A window of `k` consecutive positions
starts at the left end of the list and moves one position to the right at a time until it reaches
the right end. Return the largest value inside the window at each of its `len(nums) - k + 1`
positions, from left to right.

Constraints: 1 <= len(nums) <= 10^5; -10^4 <= nums[i] <= 10^4; 1 <= k <= len(nums).

Example: nums = [4, 2, 12, 3, 1, 1, 5], k = 3 -> [12, 12, 12, 3, 5]

Example: nums = [6, 6, 2], k = 2 -> [6, 6]

Aim for O(n) time.
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Sliding Window Maximum"
CATEGORY = "sliding-window"
PATTERNS = ["sliding-window", "monotonic-queue"]
DIFFICULTY = "hard"
FUNCTION = "max_sliding_window"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 30


def reference(nums: list[int], k: int) -> list[int]:
    window: deque[int] = deque()  # indices whose values decrease from front to back
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # slid out of the window
        if i >= k - 1:
            out.append(nums[window[0]])
    return out


@st.composite
def _case(draw):
    nums = draw(
        st.one_of(
            st.lists(st.integers(-3, 3), min_size=1, max_size=30),  # many ties
            st.lists(st.integers(-10**4, 10**4), min_size=1, max_size=30),
            st.lists(st.integers(-10**4, 10**4), min_size=1, max_size=30).map(
                lambda v: sorted(v, reverse=True)  # every maximum has to leave the window
            ),
        )
    )
    k = draw(st.one_of(st.integers(1, len(nums)), st.sampled_from([1, len(nums)])))
    return {"nums": nums, "k": k}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [1, 3, -1, -3, 5, 3, 6, 7], "k": 3}, [3, 3, 5, 5, 6, 7]),
    ({"nums": [5], "k": 1}, [5]),
    ({"nums": [2, 7, 4], "k": 3}, [7]),
    ({"nums": [-4, -2, -9, -1], "k": 2}, [-2, -2, -1]),
    ({"nums": [1, 2, 3, 4, 5], "k": 2}, [2, 3, 4, 5]),
    ({"nums": [-10000, 10000], "k": 2}, [10000]),
]


def large(n, rng):
    # a window of half the list: looking at every window afresh costs n^2 / 4
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    return {"nums": nums, "k": n // 2}
