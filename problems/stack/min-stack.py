"""Min Stack

Design a stack that also reports its smallest element in O(1) time. Implement a class
`MinStack` with:

- `MinStack()` builds an empty stack;
- `push(val)` puts `val` on top;
- `pop()` removes the top element (returns nothing);
- `top()` returns the top element;
- `get_min()` returns the smallest element currently on the stack.

Every operation must take O(1) time. `pop`, `top` and `get_min` are only called on a non-empty
stack.

Constraints: -2^31 <= val < 2^31; at most 10^5 calls.

Example: push(-2), push(0), push(-3), get_min() -> -3, pop(), top() -> 0, get_min() -> -2
"""

from hypothesis import strategies as st

TITLE = "Min Stack"
CATEGORY = "stack"
PATTERNS = ["stack", "design"]
DIFFICULTY = "medium"
FUNCTION = "MinStack"
COMPLEXITY = "O(n)"  # for n operations: O(1) each
TARGET_MINUTES = 15


class MinStack:
    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []  # (value, minimum so far)

    def push(self, val: int) -> None:
        low = min(val, self._items[-1][1]) if self._items else val
        self._items.append((val, low))

    def pop(self) -> None:
        self._items.pop()

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]


reference = MinStack


@st.composite
def _ops(draw):
    ops, size = [], 0
    for _ in range(draw(st.integers(0, 30))):
        choices = ["push"] + (["pop", "top", "get_min"] if size else [])
        op = draw(st.sampled_from(choices))
        if op == "push":
            ops.append(["push", [draw(st.integers(-5, 5))]])
            size += 1
        else:
            ops.append([op, []])
            size -= op == "pop"
    return {"init": {}, "ops": ops}


def inputs():
    return _ops()


EXAMPLES = [
    (
        {"init": {}, "ops": [["push", [-2]], ["push", [0]], ["push", [-3]], ["get_min", []],
                             ["pop", []], ["top", []], ["get_min", []]]},
        [None, None, None, -3, None, 0, -2],
    ),
    (
        {"init": {}, "ops": [["push", [1]], ["push", [1]], ["pop", []], ["get_min", []]]},
        [None, None, None, 1],
    ),
    (
        {"init": {}, "ops": [["push", [3]], ["push", [1]], ["pop", []], ["get_min", []],
                             ["top", []]]},
        [None, None, None, 3, 3],
    ),
    ({"init": {}, "ops": [["push", [7]], ["top", []], ["get_min", []]]}, [None, 7, 7]),
]


def large(n, rng):
    ops, size = [], 0
    for _ in range(n):
        if size and rng.random() < 0.4:
            op = rng.choice(["pop", "top", "get_min"])
            ops.append([op, []])
            size -= op == "pop"
        else:
            ops.append(["push", [rng.randint(-(2**31), 2**31 - 1)]])
            size += 1
    return {"init": {}, "ops": ops}
