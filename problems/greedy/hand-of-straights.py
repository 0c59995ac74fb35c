"""Hand of Straights

You hold cards with the values `hand` and want to split all of them into groups of exactly
`group_size` cards, each group made of `group_size` consecutive values (like 4, 5, 6). Return
True if that is possible, False otherwise.

Constraints: 1 <= len(hand) <= 10^5; 0 <= hand[i] <= 10^9; 1 <= group_size <= len(hand).

Example: hand = [5, 1, 2, 6, 3, 4, 7, 8, 6], group_size = 3 -> True   ([1,2,3], [4,5,6], [6,7,8])

Example: hand = [1, 2, 4, 5], group_size = 2 -> True;  hand = [1, 2, 3, 5], group_size = 2 -> False

Aim for O(n log n) time.
"""

from collections import Counter

from hypothesis import strategies as st

TITLE = "Hand of Straights"
CATEGORY = "greedy"
PATTERNS = ["greedy", "hashing", "sorting"]
DIFFICULTY = "medium"
FUNCTION = "is_n_straight_hand"
COMPLEXITY = "O(n log n)"
TARGET_MINUTES = 20


def reference(hand: list[int], group_size: int) -> bool:
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    for start in sorted(count):
        need = count[start]  # every card of the smallest value left must start a group
        if need == 0:
            continue
        for value in range(start, start + group_size):
            if count[value] < need:
                return False
            count[value] -= need
    return True


@st.composite
def _case(draw):
    size = draw(st.integers(1, 4))
    base = draw(st.sampled_from([0, 10**9 - 20]))
    hand = []
    for _ in range(draw(st.integers(1, 6))):  # a splittable hand...
        start = base + draw(st.integers(0, 8))
        hand += range(start, start + size)
    how = draw(st.sampled_from(["keep", "keep", "drop", "add", "change", "nudge", "nudge"]))
    if how == "drop" and len(hand) > 1:  # ...then maybe spoil it
        hand.pop(draw(st.integers(0, len(hand) - 1)))
    elif how == "add":
        hand.append(base + draw(st.integers(0, 10)))
    elif how == "nudge":  # one card moves to a neighbouring value: one value runs short
        i = draw(st.integers(0, len(hand) - 1))
        hand[i] += draw(st.sampled_from([1, 2])) if hand[i] < base + 15 else -1
    elif how == "change":
        hand[draw(st.integers(0, len(hand) - 1))] = base + draw(st.integers(0, 10))
    hand = draw(st.permutations(hand))
    odd = draw(st.sampled_from([size, size, 1, 2, len(hand)]))
    group_size = odd if how in ("drop", "add", "change") else size
    return {"hand": hand, "group_size": min(group_size, len(hand))}  # never more than the cards


@st.composite
def _short(draw):
    """Runs a..a+g-1 (twice or more) then a+g..a+2g-1, with one card of a+g-1 moved up to a+g:
    a+g-1 has a card too few, though it is still present."""
    size, start = draw(st.integers(2, 4)), draw(st.integers(0, 5))
    hand = list(range(start, start + size)) * draw(st.integers(2, 3))
    hand += list(range(start + size, start + 2 * size)) * draw(st.integers(1, 2))
    hand[hand.index(start + size - 1)] = start + size
    return {"hand": draw(st.permutations(hand)), "group_size": size}


def inputs():
    return st.one_of(_case(), _short())


EXAMPLES = [
    ({"hand": [1, 2, 3, 4, 5, 6, 6, 7, 8], "group_size": 3}, True),
    ({"hand": [1, 2, 4, 5], "group_size": 2}, True),
    ({"hand": [1, 2, 3, 5], "group_size": 2}, False),
    ({"hand": [9], "group_size": 1}, True),
    ({"hand": [1, 2, 3], "group_size": 2}, False),
    ({"hand": [999999998, 999999999, 1000000000], "group_size": 3}, True),
]


def large(n, rng):
    """About n cards in runs of 4 with overlapping starts: a splittable hand, shuffled."""
    hand = []
    for _ in range(max(1, n // 4)):
        start = rng.randint(0, n)
        hand += range(start, start + 4)
    rng.shuffle(hand)
    return {"hand": hand, "group_size": 4}
