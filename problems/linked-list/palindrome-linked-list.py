"""Palindrome Linked List

You get the head of a non-empty singly linked list. Return True if its values read the same
forwards and backwards, False otherwise.

The judge checks only the answer (and that the time grows like O(n)); the interview version asks
you to use O(1) extra memory as well, which you may get by rearranging the list while you work.

Constraints: 1 <= number of nodes <= 10^5; 0 <= node value <= 9.

Example: head = [1, 2, 2, 1] -> True

Example: head = [1, 2, 3, 1] -> False   (the ends match but the inner pair does not)
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Palindrome Linked List"
CATEGORY = "linked-list"
PATTERNS = ["fast-slow-pointers", "linked-list-reversal"]
DIFFICULTY = "easy"
FUNCTION = "is_palindrome"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(head: ListNode | None) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    prev = None  # reverse the second half, starting at slow
    while slow is not None:
        slow.next, prev, slow = prev, slow, slow.next
    left, right = head, prev
    while right is not None:
        if left.val != right.val:
            return False
        left, right = left.next, right.next
    return True


@st.composite
def _case(draw):
    half = draw(st.lists(st.integers(0, 9), min_size=1, max_size=15))
    kind = draw(st.sampled_from(["even", "odd", "raw", "tweak"]))
    if kind == "raw":
        return {"head": half}
    values = half + half[::-1] if kind == "even" else half + half[-2::-1]
    if kind == "tweak":
        i = draw(st.integers(0, len(values) - 1))
        values[i] = draw(st.integers(0, 9))
    return {"head": values}


def inputs():
    return _case()


EXAMPLES = [
    ({"head": [1, 2, 2, 1]}, True),
    ({"head": [1, 2, 3, 1]}, False),
    ({"head": [7]}, True),
    ({"head": [1, 2]}, False),
    ({"head": [3, 3]}, True),
    ({"head": [1, 2, 3, 2, 1]}, True),
    ({"head": [1, 1, 2, 1]}, False),
]


def large(n, rng):
    half = [rng.randint(0, 9) for _ in range(n // 2)]
    return {"head": half + half[::-1]}
