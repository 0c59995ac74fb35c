"""Add Two Numbers

Two non-negative integers are stored as linked lists of their decimal digits, least significant
digit first: 342 is 2 -> 4 -> 3. Neither has leading zeros, except the number 0 itself, stored
as a single 0. Given the heads `l1` and `l2`, return the head of a list holding their sum in the
same form.

Constraints: 1 <= number of nodes in each list <= 10^5; every node holds a digit 0..9.

Example: l1 = [2, 4, 3], l2 = [5, 6, 4] -> [7, 0, 8]   (342 + 465 = 807)

Example: l1 = [9, 9], l2 = [1] -> [0, 0, 1]   (99 + 1 = 100)

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Add Two Numbers"
CATEGORY = "linked-list"
PATTERNS = ["linked-list", "math"]
DIFFICULTY = "medium"
FUNCTION = "add_two_numbers"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(l1: ListNode | None, l2: ListNode | None) -> ListNode | None:
    dummy = tail = ListNode(0)
    carry = 0
    while l1 is not None or l2 is not None or carry:
        total = carry
        if l1 is not None:
            total += l1.val
            l1 = l1.next
        if l2 is not None:
            total += l2.val
            l2 = l2.next
        carry, digit = divmod(total, 10)
        tail.next = ListNode(digit)
        tail = tail.next
    return dummy.next


@st.composite
def _number(draw):
    digits = draw(st.lists(st.sampled_from([0, 1, 5, 8, 9, 9]) | st.integers(0, 9),
                           min_size=1, max_size=12))
    if len(digits) > 1 and digits[-1] == 0:
        digits[-1] = draw(st.integers(1, 9))  # no leading zero
    return digits


def inputs():
    return st.tuples(_number(), _number()).map(lambda p: {"l1": p[0], "l2": p[1]})


EXAMPLES = [
    ({"l1": [2, 4, 3], "l2": [5, 3, 4]}, [7, 7, 7]),
    ({"l1": [0], "l2": [0]}, [0]),
    ({"l1": [1, 2], "l2": [3, 4]}, [4, 6]),
    ({"l1": [7, 3], "l2": [6, 1]}, [3, 5]),
    ({"l1": [5, 2, 1], "l2": [3, 6, 7]}, [8, 8, 8]),
]


def large(n, rng):
    """Two n-digit numbers whose sum carries through every digit."""
    l1 = [rng.randint(0, 9) for _ in range(n)]
    l2 = [9 - d for d in l1]
    l1[0], l2[0] = 5, 5
    l1[-1] = l2[-1] = 9
    return {"l1": l1, "l2": l2}
