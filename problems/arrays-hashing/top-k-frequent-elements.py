"""Top K Frequent Elements

You get a list of integers `nums` and an integer `k`. Return the `k` distinct values that occur
most often in `nums`.

Return them in any order. When several values tie on the frequency at the cut-off (so more than
one set of `k` values qualifies), any qualifying set is accepted.

Aim for better than O(n log n) time.

Constraints: 1 <= len(nums) <= 10^5; -10^4 <= nums[i] <= 10^4;
1 <= k <= number of distinct values in nums.

Example: nums = [5, 5, 5, 2, 2, 9], k = 2 -> [5, 2]   (counts 3, 2, 1)

Example: nums = [4, 1, 4, 1, 7], k = 1 -> [4] or [1]   (both occur twice)
"""

from collections import Counter

from hypothesis import strategies as st

TITLE = "Top K Frequent Elements"
CATEGORY = "arrays-hashing"
PATTERNS = ["top-k", "hashing", "bucket-sort"]
DIFFICULTY = "medium"
FUNCTION = "top_k_frequent"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(nums: list[int], k: int) -> list[int]:
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
    for value, count in Counter(nums).items():
        buckets[count].append(value)
    out: list[int] = []
    for count in range(len(nums), 0, -1):
        for value in buckets[count]:
            out.append(value)
            if len(out) == k:
                return out
    return out


@st.composite
def _case(draw):
    nums = draw(st.lists(st.integers(-6, 6), min_size=1, max_size=40))
    k = draw(st.integers(1, len(set(nums))))
    return {"nums": nums, "k": k}


def inputs():
    return _case()


def check(kwargs, expected, got) -> bool:
    counts = Counter(kwargs["nums"])
    try:
        if len(got) != kwargs["k"] or len(set(got)) != len(got):
            return False
        if any(value not in counts for value in got):
            return False
    except TypeError:
        return False
    return sorted(counts[v] for v in got) == sorted(counts[v] for v in expected)


EXAMPLES = [
    ({"nums": [5, 5, 5, 2, 2, 9], "k": 2}, [5, 2]),
    ({"nums": [4, 1, 4, 1, 7], "k": 1}, [4]),
    ({"nums": [8], "k": 1}, [8]),
    ({"nums": [3, 1, 3, 2, 3, 1], "k": 3}, [3, 1, 2]),
    ({"nums": [-1, -1, 0, -1, 0, 6], "k": 2}, [-1, 0]),
    ({"nums": [7, 7, 7, 7], "k": 1}, [7]),
    ({"nums": [1, 2, 1, 3, 1, 2], "k": 2}, [1, 2]),
]


def large(n, rng):
    values = list(range(-10**4, 10**4))
    pool = rng.sample(values, max(1, n // 20))
    weights = [i + 1 for i in range(len(pool))]
    nums = rng.choices(pool, weights=weights, k=n)
    return {"nums": nums, "k": min(10, len(set(nums)))}
