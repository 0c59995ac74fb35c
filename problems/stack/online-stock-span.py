"""Online Stock Span

Design a class `StockSpanner` that receives a stock's price once a day and answers, right away,
that day's span: the number of consecutive days, ending today and counting backwards, on which
the price was at most today's price. Today always counts, so the span is at least 1.

- `StockSpanner()` starts with no prices;
- `next(price)` records today's price and returns today's span.

Constraints: 1 <= price <= 10^5; at most 10^4 calls to `next`.

Example: next(30) -> 1, next(20) -> 1, next(25) -> 2, next(25) -> 3, next(40) -> 5, next(10) -> 1
(on the fourth day the prices 25 and 20 just before it are at most 25, but 30 is not)

Aim for O(1) amortized time per call.
"""

from hypothesis import strategies as st

TITLE = "Online Stock Span"
CATEGORY = "stack"
PATTERNS = ["monotonic-stack", "design"]
DIFFICULTY = "medium"
FUNCTION = "StockSpanner"
COMPLEXITY = "O(n)"  # for n calls: O(1) amortized each
TARGET_MINUTES = 20


class StockSpanner:
    def __init__(self) -> None:
        self._stack: list[tuple[int, int]] = []  # (price, span), prices strictly decreasing

    def next(self, price: int) -> int:
        span = 1
        while self._stack and self._stack[-1][0] <= price:
            span += self._stack.pop()[1]
        self._stack.append((price, span))
        return span


reference = StockSpanner


def inputs():
    prices = st.one_of(
        st.lists(st.integers(1, 5), max_size=30),  # many equal prices
        st.lists(st.integers(1, 10**5), max_size=30),
    )
    return prices.map(lambda ps: {"init": {}, "ops": [["next", [p]] for p in ps]})


def _ops(prices: list[int]) -> dict:
    return {"init": {}, "ops": [["next", [p]] for p in prices]}


EXAMPLES = [
    (_ops([30, 20, 25]), [1, 1, 2]),
    (_ops([7]), [1]),
    (_ops([9, 8, 7]), [1, 1, 1]),
    (_ops([1, 2]), [1, 2]),
    (_ops([100000, 1, 2, 1]), [1, 1, 2, 1]),
    (_ops([10, 40, 20, 30, 5]), [1, 2, 1, 2, 1]),
]


def large(n, rng):
    # prices that never fall: every day's span reaches back to the first day
    prices = sorted(rng.randint(1, 10**5) for _ in range(n))
    return _ops(prices)
