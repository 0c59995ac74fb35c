"""Sliding Window Median

The median of a list of numbers is its middle value once sorted; for an even count it is the
average of the two middle values. You get an integer list `nums` and a window size `k`. Slide a
window of `k` consecutive numbers from the left end of `nums` to the right end, one step at a time,
and return the median of every window position, in order (`len(nums) - k + 1` values, as floats).
Answers within 1e-6 of the true medians are accepted.

Constraints: 1 <= k <= len(nums) <= 10^5; -2^31 <= nums[i] <= 2^31 - 1.

Example: nums = [1, 3, -1, -3, 5, 3, 6, 7], k = 3 -> [1.0, -1.0, -1.0, 3.0, 5.0, 6.0]

Example: nums = [4, 1, 7, 2], k = 2 -> [2.5, 4.0, 4.5]
"""

import heapq

from hypothesis import strategies as st

TITLE = "Sliding Window Median"
CATEGORY = "heap"
PATTERNS = ["two-heaps", "sliding-window"]
DIFFICULTY = "hard"
FUNCTION = "median_sliding_window"
COMPLEXITY = "O(n log n)"
TOLERANCE = 1e-6  # a float answer: equal within one part in a million
TARGET_MINUTES = 45


def reference(nums: list[int], k: int) -> list[float]:
    # lo: max-heap (negated keys) holding the smaller ceil(k/2) live values; hi: min-heap of the
    # rest. Entries are (key, index); an entry dies when its index leaves the window and is only
    # popped once it reaches the top of its heap (lazy deletion).
    heaps = {"lo": [], "hi": []}
    size = {"lo": 0, "hi": 0}  # live entries per heap
    side = {}  # index -> the heap holding it
    start = 0  # first index inside the window

    def clean():
        for h in heaps.values():
            while h and h[0][1] < start:
                heapq.heappop(h)

    def move(src, dst):
        key, i = heapq.heappop(heaps[src])
        heapq.heappush(heaps[dst], (-key, i))
        side[i] = dst
        size[src] -= 1
        size[dst] += 1
        clean()

    lo, hi = heaps["lo"], heaps["hi"]
    medians = []
    for j, x in enumerate(nums):
        if j >= k:  # nums[j - k] leaves the window
            size[side.pop(j - k)] -= 1
            start += 1
            clean()
        name = "lo" if lo and x <= -lo[0][0] else "hi"
        heapq.heappush(heaps[name], (-x if name == "lo" else x, j))
        side[j] = name
        size[name] += 1
        while size["lo"] > size["hi"] + 1:
            move("lo", "hi")
        while size["lo"] < size["hi"]:
            move("hi", "lo")
        if j >= k - 1:
            medians.append(float(-lo[0][0]) if k % 2 else (-lo[0][0] + hi[0][0]) / 2)
    return medians


@st.composite
def _case(draw):
    values = st.integers(-5, 5) | st.sampled_from([-2**31, 2**31 - 1]) | st.integers(-2**31, 2**31 - 1)
    nums = draw(st.lists(values, min_size=1, max_size=30))
    return {"nums": nums, "k": draw(st.integers(1, len(nums)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [1, 3, -1, -3, 5, 3, 6, 7], "k": 3}, [1.0, -1.0, -1.0, 3.0, 5.0, 6.0]),
    ({"nums": [4, 1, 7, 2], "k": 2}, [2.5, 4.0, 4.5]),
    ({"nums": [5], "k": 1}, [5.0]),
    ({"nums": [2, 2, 2, 2], "k": 2}, [2.0, 2.0, 2.0]),
    ({"nums": [2147483647, 2147483647], "k": 2}, [2147483647.0]),
    ({"nums": [1, 2, 3, 4], "k": 4}, [2.5]),
    ({"nums": [3, 1, 2], "k": 1}, [3.0, 1.0, 2.0]),
]


def large(n, rng):
    return {"nums": [rng.randint(-2**31, 2**31 - 1) for _ in range(n)], "k": max(1, n // 2)}
