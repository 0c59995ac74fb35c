"""Middle of the Linked List

You get the head of a non-empty singly linked list. Return the list starting at its middle node.
A list with an even number of nodes has two middle nodes: return the second of them.

Return the node itself. The judge compares the values from that node to the end, so it cannot
tell the node from a copy, but the interview version expects the node.

Constraints: 1 <= number of nodes <= 10^5; -10^5 <= node value <= 10^5.

Example: head = [4, 7, 1, 9, 3] -> [1, 9, 3]   (the 3rd of 5 nodes)

Example: head = [2, 5, 8, 6] -> [8, 6]   (middles are 5 and 8; the second one wins)
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Middle of the Linked List"
CATEGORY = "linked-list"
PATTERNS = ["fast-slow-pointers"]
DIFFICULTY = "easy"
FUNCTION = "middle_node"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(head: ListNode | None) -> ListNode | None:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    return slow


def inputs():
    return st.lists(st.integers(-100, 100), min_size=1, max_size=40).map(lambda v: {"head": v})


EXAMPLES = [
    ({"head": [4, 7, 1, 9, 3]}, [1, 9, 3]),
    ({"head": [2, 5, 8, 6]}, [8, 6]),
    ({"head": [42]}, [42]),
    ({"head": [1, 2]}, [2]),
    ({"head": [5, 5, 5]}, [5, 5]),
    ({"head": [-100000, 0, 100000, -1, 7, 8]}, [-1, 7, 8]),
]


def large(n, rng):
    return {"head": [rng.randint(-(10**5), 10**5) for _ in range(n)]}
