"""Reverse Linked List II

You get the head of a singly linked list and two 1-based positions `left <= right`. Reverse the
run of nodes from position `left` through position `right` (inclusive), leave everything else in
place, and return the head of the resulting list. One pass is enough.

Constraints: 1 <= number of nodes <= 10^5; 1 <= left <= right <= number of nodes;
-500 <= node value <= 500.

Example: head = [1, 2, 3, 4, 5], left = 2, right = 4 -> [1, 4, 3, 2, 5]

Example: head = [9, 8, 7], left = 1, right = 2 -> [8, 9, 7]   (the head changes)
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Reverse Linked List II"
CATEGORY = "linked-list"
PATTERNS = ["linked-list-reversal"]
DIFFICULTY = "medium"
FUNCTION = "reverse_between"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(head: ListNode | None, left: int, right: int) -> ListNode | None:
    dummy = ListNode(0, head)
    before = dummy
    for _ in range(left - 1):
        before = before.next
    # move the node after `tail` to the front of the reversed run, right - left times
    tail = before.next
    for _ in range(right - left):
        moved = tail.next
        tail.next = moved.next
        moved.next = before.next
        before.next = moved
    return dummy.next


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-500, 500), min_size=1, max_size=30))
    left = draw(st.integers(1, len(values)))
    right = draw(st.integers(left, len(values)))
    return {"head": values, "left": left, "right": right}


def inputs():
    return _case()


EXAMPLES = [
    ({"head": [1, 2, 3, 4, 5], "left": 2, "right": 4}, [1, 4, 3, 2, 5]),
    ({"head": [9, 8, 7], "left": 1, "right": 2}, [8, 9, 7]),
    ({"head": [9, 8, 7], "left": 2, "right": 3}, [9, 7, 8]),
    ({"head": [6], "left": 1, "right": 1}, [6]),
    ({"head": [1, 2, 3, 4], "left": 3, "right": 3}, [1, 2, 3, 4]),
    ({"head": [1, 2, 3, 4], "left": 1, "right": 4}, [4, 3, 2, 1]),
]


def large(n, rng):
    # a long run (over half the list) after a long prefix (a quarter to a third of it), so both
    # re-walking the prefix and re-walking the run cost O(n) per moved node
    left = rng.randint(n // 4 + 1, n // 3 + 1)
    right = rng.randint(n - n // 10, n)
    return {"head": [rng.randint(-500, 500) for _ in range(n)], "left": left, "right": right}
