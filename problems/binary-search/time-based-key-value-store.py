"""Time Based Key-Value Store

Design a class `TimeMap`, a key-value store that remembers every value a key has had, each with
the timestamp at which it was stored:

- `TimeMap()` creates an empty store.
- `set(key, value, timestamp)` records that `key` had `value` from time `timestamp` on.
  Returns nothing.
- `get(key, timestamp)` returns the value stored for `key` by the `set` call with the largest
  timestamp that is `<= timestamp`. If the key was never set, or only set at later times,
  return the empty string `""`.

The timestamps passed to `set` strictly increase from one call to the next (across all keys), so
each key's history is already sorted by time. Aim for O(1) per `set` and O(log n) per `get`,
where n is the number of values stored for that key.

Constraints: 1 <= len(key), len(value) <= 100 (lowercase letters and digits);
1 <= timestamp <= 10^7; at most 2 * 10^5 calls in total.

Example: set("foo", "bar", 1); get("foo", 1) -> "bar"; get("foo", 3) -> "bar";
set("foo", "bar2", 4); get("foo", 4) -> "bar2"; get("foo", 5) -> "bar2"; get("foo", 2) -> "bar"

Example: set("a", "x", 5); get("a", 4) -> ""; get("b", 9) -> ""
"""

from bisect import bisect_right

from hypothesis import strategies as st

TITLE = "Time Based Key-Value Store"
CATEGORY = "binary-search"
PATTERNS = ["modified-binary-search", "design", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "TimeMap"
COMPLEXITY = "O(n log n)"  # n operations, O(log n) per get
TARGET_MINUTES = 25


class TimeMap:
    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if not times:
            return ""
        i = bisect_right(times, timestamp)
        return self.values[key][i - 1] if i else ""


reference = TimeMap


@st.composite
def _case(draw):
    ops = []
    now = 0
    for _ in range(draw(st.integers(1, 30))):
        key = draw(st.sampled_from(["a", "b", "key"]))
        if draw(st.booleans()):
            now += draw(st.integers(1, 3))
            ops.append(["set", [key, draw(st.sampled_from(["x", "y", "v1", "zz", "z9"])), now]])
        else:
            ops.append(["get", [key, draw(st.integers(1, now + 3))]])
    return {"init": {}, "ops": ops}


def inputs():
    return _case()


EXAMPLES = [
    ({"init": {}, "ops": [["set", ["foo", "bar", 1]], ["get", ["foo", 1]], ["get", ["foo", 3]],
                          ["set", ["foo", "bar2", 4]], ["get", ["foo", 4]], ["get", ["foo", 5]],
                          ["get", ["foo", 2]]]},
     [None, "bar", "bar", None, "bar2", "bar2", "bar"]),
    ({"init": {}, "ops": [["set", ["a", "x", 5]], ["get", ["a", 4]], ["get", ["b", 9]]]},
     [None, "", ""]),
    ({"init": {}, "ops": [["get", ["a", 1]]]}, [""]),
    ({"init": {}, "ops": [["set", ["a", "x", 1]], ["set", ["b", "y", 2]], ["set", ["a", "z", 3]],
                          ["get", ["a", 2]], ["get", ["a", 3]], ["get", ["b", 1]],
                          ["get", ["b", 2]]]},
     [None, None, None, "x", "z", "", "y"]),
    ({"init": {}, "ops": [["set", ["k", "v", 10]], ["get", ["k", 10]], ["get", ["k", 9]],
                          ["get", ["k", 10000000]]]},
     [None, "v", "", "v"]),
]


def large(n, rng):
    # one long history, then lookups of times spread over it: a scan from either end walks
    # about half of it
    half = n // 2
    ops = [["set", ["k", "v%d" % i, 2 * i + 1]] for i in range(half)]
    ops += [["get", ["k", rng.randint(1, 2 * half)]] for _ in range(n - half)]
    return {"init": {}, "ops": ops}
