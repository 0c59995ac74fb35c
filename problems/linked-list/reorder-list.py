"""Reorder List

A singly linked list holds nodes L0 -> L1 -> ... -> L(n-1). Rearrange it into the order

    L0 -> L(n-1) -> L1 -> L(n-2) -> L2 -> L(n-3) -> ...

and return the head of the reordered list (which is still L0).

The judge checks only the answer (the values in order); the interview version asks you to relink
the nodes themselves rather than rewrite their values.

Constraints: 1 <= number of nodes <= 10^5; 1 <= node value <= 1000.

Example: head = [1, 2, 3, 4] -> [1, 4, 2, 3]

Example: head = [5, 6, 7, 8, 9] -> [5, 9, 6, 8, 7]
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Reorder List"
CATEGORY = "linked-list"
PATTERNS = ["fast-slow-pointers", "linked-list-reversal"]
DIFFICULTY = "medium"
FUNCTION = "reorder_list"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(head: ListNode | None) -> ListNode | None:
    # 1) find the end of the first half
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    # 2) cut and reverse the second half
    prev, cur = None, slow.next
    slow.next = None
    while cur is not None:
        cur.next, prev, cur = prev, cur, cur.next
    # 3) weave the two halves together
    first, second = head, prev
    while second is not None:
        nxt1, nxt2 = first.next, second.next
        first.next = second
        second.next = nxt1
        first, second = nxt1, nxt2
    return head


def inputs():
    return st.lists(st.integers(1, 1000), min_size=1, max_size=40).map(lambda v: {"head": v})


EXAMPLES = [
    ({"head": [1, 2, 3, 4]}, [1, 4, 2, 3]),
    ({"head": [5, 6, 7, 8, 9]}, [5, 9, 6, 8, 7]),
    ({"head": [1]}, [1]),
    ({"head": [1, 2]}, [1, 2]),
    ({"head": [1, 2, 3]}, [1, 3, 2]),
    ({"head": [4, 4, 9, 9, 4, 4]}, [4, 4, 4, 4, 9, 9]),
]


def large(n, rng):
    return {"head": [rng.randint(1, 1000) for _ in range(n)]}
