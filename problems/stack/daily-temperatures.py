"""Daily Temperatures

You get a list `temperatures` of daily readings. For each day `i`, find how many days you have to
wait after day `i` for a strictly warmer day. Return the list of those waits, with 0 for days that
are never followed by a warmer one.

Aim for O(n) time.

Constraints: 1 <= len(temperatures) <= 10^5; 30 <= temperatures[i] <= 100.

Example: temperatures = [73, 74, 75, 71, 69, 72, 76, 73] -> [1, 1, 4, 2, 1, 1, 0, 0]

Example: temperatures = [50, 50, 51] -> [2, 1, 0]   (an equal day is not warmer)
"""

from hypothesis import strategies as st

TITLE = "Daily Temperatures"
CATEGORY = "stack"
PATTERNS = ["monotonic-stack"]
DIFFICULTY = "medium"
FUNCTION = "daily_temperatures"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(temperatures: list[int]) -> list[int]:
    answer = [0] * len(temperatures)
    stack: list[int] = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] < t:
            j = stack.pop()
            answer[j] = i - j
        stack.append(i)
    return answer


def inputs():
    return st.one_of(
        st.lists(st.integers(30, 36), min_size=1, max_size=40),
        st.lists(st.integers(30, 100), min_size=1, max_size=40),
    ).map(lambda temperatures: {"temperatures": temperatures})


EXAMPLES = [
    ({"temperatures": [73, 74, 75, 71, 69, 72, 76, 73]}, [1, 1, 4, 2, 1, 1, 0, 0]),
    ({"temperatures": [50, 50, 51]}, [2, 1, 0]),
    ({"temperatures": [30]}, [0]),
    ({"temperatures": [100, 90, 80]}, [0, 0, 0]),
    ({"temperatures": [30, 40, 50, 60]}, [1, 1, 1, 0]),
    ({"temperatures": [40, 40, 40]}, [0, 0, 0]),
    ({"temperatures": [60, 31, 32, 33, 61]}, [4, 1, 1, 1, 0]),
]


def large(n, rng):
    # never getting warmer: a scan ahead from each day runs to the end of the list
    return {"temperatures": sorted((rng.randint(30, 100) for _ in range(n)), reverse=True)}
