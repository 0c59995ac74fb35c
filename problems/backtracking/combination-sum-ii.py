"""Combination Sum II

You are given a list `candidates` of positive integers, which may repeat, and a positive integer
`target`. Return every combination of candidates that adds up to exactly `target`, where each
position of `candidates` may be used at most once. Two combinations are the same when they hold
the same values the same number of times, so each such combination must be listed only once.
Return `[]` when no combination works.

Constraints: 1 <= len(candidates) <= 100; 1 <= candidates[i] <= 50; 1 <= target <= 100;
the inputs keep the answer under 10^5 combinations.

Example: candidates = [3, 1, 3, 2, 4], target = 6 -> [[1, 2, 3], [2, 4], [3, 3]]
(two different 3s make one `[1, 2, 3]`, but together they make `[3, 3]`)

Example: candidates = [5, 5], target = 7 -> []

Any order is accepted, both for the combinations in the result and for the values inside one
combination, but each combination must appear exactly once.
"""

from hypothesis import strategies as st

TITLE = "Combination Sum II"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "combination_sum2"
COMPLEXITY = "O(2^n)"
TARGET_MINUTES = 20


def reference(candidates: list[int], target: int) -> list[list[int]]:
    candidates = sorted(candidates)
    result: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break  # sorted: every later candidate is too big as well
            if i > start and c == candidates[i - 1]:
                continue  # this value was already tried in this slot
            path.append(c)
            backtrack(i + 1, remaining - c)
            path.pop()

    backtrack(0, target)
    return result


@st.composite
def _case(draw):
    top = draw(st.sampled_from([3, 6, 12]))
    candidates = draw(st.lists(st.integers(1, top), min_size=1, max_size=12))
    target = draw(st.integers(1, 20))
    return {"candidates": candidates, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"candidates": [5, 5], "target": 7}, []),
    ({"candidates": [4], "target": 4}, [[4]]),
    ({"candidates": [2, 3, 5], "target": 5}, [[2, 3], [5]]),
    ({"candidates": [8, 5, 6, 4], "target": 9}, [[4, 5]]),
    ({"candidates": [50], "target": 49}, []),
    ({"candidates": [12, 7, 17, 10, 19], "target": 29}, [[7, 10, 12], [10, 19], [12, 17]]),
]


def _count(candidates, target):
    """How many distinct combinations (within the given multiplicities) add up to target."""
    ways = [1] + [0] * target
    counts: dict[int, int] = {}
    for c in candidates:
        counts[c] = counts.get(c, 0) + 1
    for value, times in counts.items():
        new = [0] * (target + 1)
        for t in range(target + 1):
            for k in range(times + 1):
                if k * value > t:
                    break
                new[t] += ways[t - k * value]
        ways = new
    return ways[target]


def large(n, rng):
    """Fourteen values up to 20, ten of them twice, and the smallest target with n or more
    combinations. Small values keep n combinations within the target limit of 100; the repeats
    make a search that does not skip equal values fall further behind each time n doubles,
    while the largest call the growth check times stays short."""
    values = rng.sample(range(1, 21), 14)
    candidates = values + values[:10]
    rng.shuffle(candidates)
    target = 1
    while target < 100 and _count(candidates, target) < n:
        target += 1
    return {"candidates": candidates, "target": target}


def _canon(combos):
    return sorted(sorted(c) for c in combos)


def check(kwargs, expected, got) -> bool:
    try:
        return _canon(got) == _canon(expected)
    except TypeError:
        return False
