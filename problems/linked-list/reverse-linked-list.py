"""Reverse Linked List

Given the head of a singly linked list, reverse the list and return the new head. An empty list
(head is None) stays empty.

The judge checks only the values in order; the interview version expects you to rewire the
existing nodes rather than build new ones. Both an iterative and a recursive answer are fine, but
the iterative one needs only O(1) extra space.

Constraints: 0 <= number of nodes <= 10^5; -5000 <= node.val <= 5000.

Example: 1 -> 2 -> 3 -> 4 -> None  becomes  4 -> 3 -> 2 -> 1 -> None

Example: None stays None.
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Reverse Linked List"
CATEGORY = "linked-list"
PATTERNS = ["linked-list-reversal"]
DIFFICULTY = "easy"
FUNCTION = "reverse_list"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(head: ListNode | None) -> ListNode | None:
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev


def inputs():
    return st.lists(st.integers(-20, 20), max_size=30).map(lambda v: {"head": v})


EXAMPLES = [
    ({"head": [1, 2, 3, 4]}, [4, 3, 2, 1]),
    ({"head": []}, []),
    ({"head": [7]}, [7]),
    ({"head": [1, 2]}, [2, 1]),
    ({"head": [3, 3, 1]}, [1, 3, 3]),
]


def large(n, rng):
    return {"head": [rng.randint(-5000, 5000) for _ in range(n)]}
