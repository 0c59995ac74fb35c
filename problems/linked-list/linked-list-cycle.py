"""Linked List Cycle

You get the head of a singly linked list. Following `next` from the head either reaches the end
(None) or runs forever because some node's `next` points back to a node seen earlier. Return True
in the second case (the list has a cycle), False in the first. Use O(1) extra memory if you can.

A list is written as its values and the index of the node the last node links back to, or -1 when
the last node ends the list: `[[3, 2, 0, -4], 1]` is 3 -> 2 -> 0 -> -4 -> back to the 2. Your
function receives only the head node; the index is not given to you.

Constraints: 0 <= number of nodes <= 10^4; -10^5 <= node value <= 10^5; the index is -1 or a
valid node index.

Example: head = [[3, 2, 0, -4], 1] -> True   (the tail links back to the second node)

Example: head = [[5, 6], -1] -> False
"""

from hypothesis import strategies as st

TITLE = "Linked List Cycle"
CATEGORY = "linked-list"
PATTERNS = ["fast-slow-pointers"]
DIFFICULTY = "easy"
FUNCTION = "has_cycle"
KINDS = {"head": "cycle_list"}
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(head) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False


@st.composite
def _case(draw):
    values = draw(
        st.lists(
            st.one_of(st.integers(-3, 3), st.sampled_from([-(10**5), 10**5])),
            max_size=30,
        )
    )
    pos = -1 if not values or draw(st.booleans()) else draw(st.integers(0, len(values) - 1))
    return {"head": [values, pos]}


def inputs():
    return _case()


EXAMPLES = [
    ({"head": [[3, 2, 0, -4], 1]}, True),
    ({"head": [[5, 6], -1]}, False),
    ({"head": [[], -1]}, False),
    ({"head": [[7], 0]}, True),
    ({"head": [[1, 2], 0]}, True),
    ({"head": [[1, 2, 3, 4, 5], 4]}, True),
    ({"head": [[-(10**5), 0, 10**5], -1]}, False),
]


def large(n, rng):
    """No cycle half the time, a long one otherwise, so every node is walked."""
    values = [rng.randint(-(10**5), 10**5) for _ in range(n)]
    return {"head": [values, -1 if rng.random() < 0.5 else rng.randrange(n // 2 + 1)]}
