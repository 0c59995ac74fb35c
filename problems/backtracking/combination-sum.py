"""Combination Sum

You are given a list `candidates` of distinct positive integers and a positive integer `target`.
Return every combination of candidates whose values add up to exactly `target`. A candidate may be
used any number of times. Two combinations are the same when they use each value the same number
of times, so `[2, 3, 2]` and `[2, 2, 3]` are one combination and must be listed only once. Return
`[]` when no combination works.

Constraints: 1 <= len(candidates) <= 30; 2 <= candidates[i] <= 40, all distinct;
1 <= target <= 300; the inputs keep the answer under 10^5 combinations.

Example: candidates = [2, 3, 6, 7], target = 7 -> [[2, 2, 3], [7]]

Example: candidates = [4, 6], target = 5 -> []   (no combination reaches 5)

Any order is accepted, both for the combinations in the result and for the values inside one
combination, but each combination must appear exactly once.
"""

from hypothesis import strategies as st

TITLE = "Combination Sum"
CATEGORY = "backtracking"
PATTERNS = ["subsets", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "combination_sum"
COMPLEXITY = "O(n^(t/m))"   # n candidates, target t, smallest candidate m
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
            path.append(c)
            backtrack(i, remaining - c)  # i, not i + 1: the same value may be reused
            path.pop()

    backtrack(0, target)
    return result


@st.composite
def _case(draw):
    candidates = draw(st.lists(st.integers(2, 20), min_size=1, max_size=6, unique=True))
    target = draw(st.integers(1, 30))
    return {"candidates": candidates, "target": target}


def inputs():
    return _case()


EXAMPLES = [
    ({"candidates": [2, 3, 6, 7], "target": 7}, [[2, 2, 3], [7]]),
    ({"candidates": [4, 6], "target": 5}, []),
    ({"candidates": [2], "target": 1}, []),
    ({"candidates": [2], "target": 8}, [[2, 2, 2, 2]]),
    ({"candidates": [5, 3, 2], "target": 8}, [[2, 2, 2, 2], [2, 3, 3], [3, 5]]),
    ({"candidates": [40], "target": 40}, [[40]]),
]


def _count(candidates, target):
    ways = [1] + [0] * target
    for c in candidates:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    return ways[target]


def large(n, rng):
    """Eight candidates and the smallest target whose answer holds at least n combinations."""
    candidates = rng.sample(range(3, 16), 8)
    target = 1
    while target < 300 and _count(candidates, target) < n:
        target += 1
    return {"candidates": candidates, "target": target}


def _canon(combos):
    return sorted(sorted(c) for c in combos)


def check(kwargs, expected, got) -> bool:
    try:
        return _canon(got) == _canon(expected)
    except TypeError:
        return False
