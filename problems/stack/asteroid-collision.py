"""Asteroid Collision

Asteroids fly along a line, listed from left to right in `asteroids`. The absolute value of each
entry is the asteroid's size; its sign is its direction (positive: moving right, negative: moving
left). All move at the same speed. When a right-mover and a left-mover meet, the smaller one
explodes; if they have the same size, both explode. Two asteroids moving the same way never
meet, and neither do a left-mover that is left of a right-mover (they fly apart).

Return the asteroids that are left after every collision, in their left-to-right order.

Constraints: 2 <= len(asteroids) <= 10^4; -1000 <= asteroids[i] <= 1000; asteroids[i] != 0.

Example: asteroids = [4, 9, -6] -> [4, 9]   (-6 meets 9 and explodes; 4 is never reached)

Example: asteroids = [6, -2, -9] -> [-9]   (-2 explodes on 6, then -9 destroys 6 and flies on)
"""

from hypothesis import strategies as st

TITLE = "Asteroid Collision"
CATEGORY = "stack"
PATTERNS = ["stack", "simulation"]
DIFFICULTY = "medium"
FUNCTION = "asteroid_collision"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(asteroids: list[int]) -> list[int]:
    survivors: list[int] = []  # what is left so far, left to right
    for a in asteroids:
        alive = True
        # only a left-mover arriving at a right-mover on top of the stack collides
        while alive and a < 0 and survivors and survivors[-1] > 0:
            top = survivors[-1]
            if top <= -a:
                survivors.pop()  # the right-mover explodes (both do when equal)
            if top >= -a:
                alive = False  # the left-mover explodes
        if alive:
            survivors.append(a)
    return survivors


def inputs():
    # small sizes: equal sizes and long chains of collisions are common
    size = st.integers(1, 4)
    rock = st.tuples(size, st.booleans()).map(lambda t: t[0] if t[1] else -t[0])
    return st.lists(rock, min_size=2, max_size=25).map(lambda a: {"asteroids": a})


EXAMPLES = [
    ({"asteroids": [4, 9, -6]}, [4, 9]),
    ({"asteroids": [6, -2, -9]}, [-9]),
    ({"asteroids": [2, 3, -1, -2]}, [2, 3]),
    ({"asteroids": [-3, -7]}, [-3, -7]),
    ({"asteroids": [10, 20]}, [10, 20]),
    ({"asteroids": [5, -8]}, [-8]),
    ({"asteroids": [3, -1, 1]}, [3, 1]),
    ({"asteroids": [1000, -999]}, [1000]),
]


def large(n, rng):
    """n / 2 right-movers of size 2, then n / 2 left-movers of size 1 that each explode on the
    last right-mover."""
    half = n // 2
    return {"asteroids": [2] * half + [-1] * (n - half)}
