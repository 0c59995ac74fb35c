"""Remove Nth Node From End of List

You get the head of a singly linked list and an integer `n`. Unlink the `n`-th node counted from
the END of the list (n = 1 is the last node) and return the head of the resulting list (None if
the list becomes empty). Try to do it in a single pass.

Constraints: 1 <= number of nodes <= 10^5; 1 <= n <= number of nodes; -100 <= node value <= 100.

Example: head = [10, 20, 30, 40, 50], n = 2 -> [10, 20, 30, 50]   (40 is second from the end)

Example: head = [7, 8], n = 2 -> [8]   (removing the head itself)
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Remove Nth Node From End of List"
CATEGORY = "linked-list"
PATTERNS = ["two-pointers", "fast-slow-pointers"]
DIFFICULTY = "medium"
FUNCTION = "remove_nth_from_end"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(head: ListNode | None, n: int) -> ListNode | None:
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(n):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return dummy.next


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-100, 100), min_size=1, max_size=30))
    n = draw(st.integers(1, len(values)))
    return {"head": values, "n": n}


def inputs():
    return _case()


EXAMPLES = [
    ({"head": [10, 20, 30, 40, 50], "n": 2}, [10, 20, 30, 50]),
    ({"head": [7, 8], "n": 2}, [8]),
    ({"head": [7, 8], "n": 1}, [7]),
    ({"head": [1], "n": 1}, []),
    ({"head": [3, 3, 3, 3], "n": 4}, [3, 3, 3]),
    ({"head": [-100, 0, 100], "n": 3}, [0, 100]),
]


def large(n, rng):
    return {"head": [rng.randint(-100, 100) for _ in range(n)], "n": rng.randint(1, n)}
