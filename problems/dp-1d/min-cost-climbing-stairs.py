"""Min Cost Climbing Stairs

A staircase has `len(cost)` steps; stepping on step `i` costs `cost[i]`. You may start on step 0
or on step 1 (paying for it), and from any step you move up either one or two steps. The top is
just past the last step, and reaching it costs nothing. Return the least total cost to reach the
top.

Constraints: 2 <= len(cost) <= 10^5; 0 <= cost[i] <= 999.

Example: cost = [4, 9, 3, 8] -> 7   (step 0, then step 2, then two steps to the top: 4 + 3)

Example: cost = [5, 2] -> 2   (start on step 1 and step off the top)

Aim for O(n) time.
"""

from hypothesis import strategies as st

TITLE = "Min Cost Climbing Stairs"
CATEGORY = "dp-1d"
PATTERNS = ["dp"]
DIFFICULTY = "easy"
FUNCTION = "min_cost_climbing_stairs"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(cost: list[int]) -> int:
    # a, b: the least cost to stand on the previous two steps, having paid for them
    a, b = cost[0], cost[1]
    for c in cost[2:]:
        a, b = b, c + min(a, b)
    return min(a, b)  # the top is one step past b or two past a


def inputs():
    values = st.one_of(st.integers(0, 4), st.integers(0, 999))
    return st.lists(values, min_size=2, max_size=30).map(lambda c: {"cost": c})


EXAMPLES = [
    ({"cost": [1, 61]}, 1),
    ({"cost": [0, 0]}, 0),
    ({"cost": [470, 470]}, 470),
    ({"cost": [1, 282, 1]}, 2),
    ({"cost": [0, 3, 3, 0, 0]}, 3),
    ({"cost": [123, 229, 1, 805, 188]}, 312),
    ({"cost": [0, 260, 4, 4, 200, 4, 4, 0]}, 12),
]


def large(n, rng):
    return {"cost": [rng.randint(0, 999) for _ in range(max(2, n))]}
