"""Two Sum II (Sorted Input)

You get a list `numbers` sorted in non-decreasing order and an integer `target`. Exactly one
pair of positions `i < j` has `numbers[i] + numbers[j] == target`. Return that pair as
1-based positions `[i + 1, j + 1]`.

One element cannot be used twice, but two equal elements at different positions can form the
pair. Aim for O(n) time and O(1) extra space.

Constraints: 2 <= len(numbers) <= 10^5; -1000 <= numbers[i] <= 1000;
-2000 <= target <= 2000; exactly one answer exists.

Example: numbers = [1, 3, 4, 8, 11], target = 7 -> [2, 3]   (3 + 4)

Example: numbers = [-3, 2, 2, 8], target = 4 -> [2, 3]   (the two 2s)
"""

from collections import Counter

from hypothesis import strategies as st

TITLE = "Two Sum II (Sorted Input)"
CATEGORY = "two-pointers"
PATTERNS = ["two-pointers"]
DIFFICULTY = "medium"
FUNCTION = "two_sum_sorted"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(numbers: list[int], target: int) -> list[int]:
    i, j = 0, len(numbers) - 1
    while i < j:
        total = numbers[i] + numbers[j]
        if total == target:
            return [i + 1, j + 1]
        if total < target:
            i += 1
        else:
            j -= 1
    raise AssertionError("no pair")


def _unique_sums(numbers):
    n = len(numbers)
    counts = Counter(numbers[i] + numbers[j] for i in range(n) for j in range(i + 1, n))
    return sorted(s for s, c in counts.items() if c == 1)


@st.composite
def _case(draw):
    numbers = sorted(draw(st.lists(st.integers(-15, 15), min_size=2, max_size=30)))
    sums = _unique_sums(numbers)
    if not sums:  # e.g. all equal: add two new maxima whose sum nothing else reaches
        top = numbers[-1]
        numbers += [top + 1, top + 2]
        sums = [2 * top + 3]
    return {"numbers": numbers, "target": draw(st.sampled_from(sums))}


def inputs():
    return _case()


EXAMPLES = [
    ({"numbers": [1, 3, 4, 8, 11], "target": 7}, [2, 3]),
    ({"numbers": [-3, 2, 2, 8], "target": 4}, [2, 3]),
    ({"numbers": [5, 6], "target": 11}, [1, 2]),
    ({"numbers": [0, 0], "target": 0}, [1, 2]),
    ({"numbers": [-1000, -999, 0, 1000], "target": -1999}, [1, 2]),
    ({"numbers": [1, 2, 3, 9], "target": 12}, [3, 4]),
    ({"numbers": [-5, -1, 4, 4, 10], "target": 5}, [1, 5]),
]


def large(n, rng):
    # multiples of 4, plus one value = 1 (mod 4) and one = 2 (mod 4):
    # only that pair can sum to 3 (mod 4), so the answer is unique
    numbers = [4 * rng.randint(-250, 249) for _ in range(n - 2)]
    a, b = 4 * rng.randint(-250, 249) + 1, 4 * rng.randint(-250, 249) + 2
    numbers += [a, b]
    numbers.sort()
    return {"numbers": numbers, "target": a + b}
