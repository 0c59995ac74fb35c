"""LRU Cache

Design a key-value cache of fixed capacity that evicts the least recently used key. Implement
a class `LRUCache` with:

- `LRUCache(capacity)` with a positive capacity;
- `get(key)` returns the value stored for `key`, or -1 if it is absent; a hit makes `key` the
  most recently used;
- `put(key, value)` stores the value (updating it if `key` is present) and makes `key` the
  most recently used; if that pushes the cache over capacity, evict the least recently used key.

Both operations must run in O(1) average time.

Constraints: 1 <= capacity <= 10^4; 0 <= key <= 10^5; 0 <= value <= 10^5.

Example: LRUCache(2): put(1, 1), put(2, 2), get(1) -> 1, put(3, 3) evicts 2, get(2) -> -1
"""

from collections import OrderedDict

from hypothesis import strategies as st

TITLE = "LRU Cache"
CATEGORY = "linked-list"
PATTERNS = ["design", "hashing", "doubly-linked-list"]
DIFFICULTY = "medium"
FUNCTION = "LRUCache"
COMPLEXITY = "O(n)"  # for n operations: O(1) each
TARGET_MINUTES = 25


class reference:  # noqa: N801 - the contract's name for the reference
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: int, value: int) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)


@st.composite
def _case(draw):
    capacity = draw(st.integers(1, 4))
    ops = []
    for _ in range(draw(st.integers(0, 30))):
        key = draw(st.integers(0, 6))
        if draw(st.booleans()):
            ops.append(["get", [key]])
        else:
            ops.append(["put", [key, draw(st.integers(0, 99))]])
    return {"init": {"capacity": capacity}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    (
        {"init": {"capacity": 2}, "ops": [["put", [1, 1]], ["put", [2, 2]], ["get", [1]],
                                          ["put", [3, 3]], ["get", [2]], ["put", [4, 4]],
                                          ["get", [1]], ["get", [3]], ["get", [4]]]},
        [None, None, 1, None, -1, None, -1, 3, 4],
    ),
    (
        {"init": {"capacity": 1}, "ops": [["put", [2, 1]], ["get", [2]], ["put", [3, 2]],
                                          ["get", [2]], ["get", [3]]]},
        [None, 1, None, -1, 2],
    ),
    (
        {"init": {"capacity": 2}, "ops": [["put", [1, 1]], ["put", [2, 2]], ["put", [1, 10]],
                                          ["put", [3, 3]], ["get", [1]], ["get", [2]]]},
        [None, None, None, None, 10, -1],
    ),
    ({"init": {"capacity": 2}, "ops": [["get", [5]]]}, [-1]),
]


def large(n, rng):
    capacity = max(1, n // 8)
    ops = []
    for _ in range(n):
        key = rng.randrange(n // 2 + 1)
        if rng.random() < 0.5:
            ops.append(["get", [key]])
        else:
            ops.append(["put", [key, rng.randrange(10**5)]])
    return {"init": {"capacity": capacity}, "ops": ops}
