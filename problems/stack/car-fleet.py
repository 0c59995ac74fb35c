"""Car Fleet

Cars drive along a one-lane road toward a town at mile `target`. Car `i` starts at mile
`position[i]` and drives at `speed[i]` miles per hour. A car may never pass the one in front: when
it catches up, it slows down and the two drive on together, bumper to bumper, at the slower
speed. Cars driving together like that form one fleet (a single car is a fleet too). A car that
catches up with a fleet exactly at the town still joins that fleet.

Return how many fleets arrive at the town.

Constraints: 1 <= n <= 10^5 cars; 0 < target <= 10^6; 0 <= position[i] < target, all positions
distinct; 0 < speed[i] <= 10^6.

Example: target = 10, position = [0, 3, 5, 8], speed = [1, 3, 1, 1] -> 3   (the car at 8 arrives
alone after 2 hours; the car at 3 catches up with the car at 5 and they arrive together after 5
hours; the car at 0 needs 10 hours and never catches anyone)

Example: target = 12, position = [0, 6], speed = [2, 1] -> 1   (both reach mile 12 after 6 hours:
they meet exactly at the town)

The positions come in no particular order.

Aim for O(n log n) time.
"""

from fractions import Fraction

from hypothesis import strategies as st

TITLE = "Car Fleet"
CATEGORY = "stack"
PATTERNS = ["monotonic-stack", "sorting"]
DIFFICULTY = "medium"
FUNCTION = "car_fleet"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 25


def reference(target: int, position: list[int], speed: list[int]) -> int:
    fleets = 0
    slowest = Fraction(-1)  # arrival time of the fleet just ahead (exact, so ties are ties)
    for p, v in sorted(zip(position, speed, strict=True), reverse=True):
        arrival = Fraction(target - p, v)
        if arrival > slowest:
            fleets += 1
            slowest = arrival
    return fleets


@st.composite
def _case(draw):
    target = draw(st.sampled_from([12, 24, 60, 10**6]))
    # small speeds over a target with many divisors: equal arrival times are common
    spots = st.integers(0, min(target - 1, 40))
    position = draw(st.lists(spots, min_size=1, max_size=20, unique=True))
    speed = draw(st.lists(st.integers(1, 6), min_size=len(position), max_size=len(position)))
    return {"target": target, "position": position, "speed": speed}


def inputs():
    return _case()


EXAMPLES = [
    ({"target": 10, "position": [0, 3, 5, 8], "speed": [1, 3, 1, 1]}, 3),
    ({"target": 12, "position": [0, 6], "speed": [2, 1]}, 1),
    ({"target": 10, "position": [3], "speed": [3]}, 1),
    ({"target": 100, "position": [0, 2, 4], "speed": [4, 2, 1]}, 1),
    ({"target": 20, "position": [0, 5, 10], "speed": [1, 2, 3]}, 3),
    ({"target": 12, "position": [0, 2, 4], "speed": [1, 3, 2]}, 2),
]


def large(n, rng):
    target = 10**6
    position = rng.sample(range(target), n)
    # speeds rise toward the town: no car catches the one ahead, so every car is its own fleet
    order = sorted(range(n), key=position.__getitem__)
    speed = [0] * n
    for rank, i in enumerate(order):
        speed[i] = 1 + rank * (10**6 - 1) // max(n - 1, 1)
    return {"target": target, "position": position, "speed": speed}
