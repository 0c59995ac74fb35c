"""Copy List with Random Pointer

You get the head of a singly linked list whose nodes carry, besides `val` and `next`, a pointer
`random` that is None or points to any node of the same list (itself included). Return the head
of a deep copy: a new node for every node, with the same values, the copies linked in the same
order, and every copy's `random` pointing to the copy of the node the original's `random` points
to. No node of the original may appear in the copy.

A list is written as `[[value, index of the random target or None], ...]`, node by node from the
head; `[]` is the empty list (you get None and return None). Values may repeat.

Constraints: 0 <= number of nodes <= 1000; -10^4 <= node value <= 10^4.

Example: head = [[3, None], [8, 0], [5, 1], [1, 3]] -> [[3, None], [8, 0], [5, 1], [1, 3]]

Example: head = [[4, 0]] -> [[4, 0]]   (a node whose random points to itself)

A random pointer may also point forward, to a node further down the list.
"""

from hypothesis import strategies as st

from drill.kit import RandomNode

TITLE = "Copy List with Random Pointer"
CATEGORY = "linked-list"
PATTERNS = ["hashing", "linked-list"]
DIFFICULTY = "medium"
FUNCTION = "copy_random_list"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(head: RandomNode | None) -> RandomNode | None:
    copies: dict[RandomNode, RandomNode] = {}
    node = head
    while node is not None:
        copies[node] = RandomNode(node.val)
        node = node.next
    node = head
    while node is not None:
        twin = copies[node]
        twin.next = copies.get(node.next) if node.next is not None else None
        twin.random = copies[node.random] if node.random is not None else None
        node = node.next
    return copies.get(head) if head is not None else None


_VALUE = st.one_of(
    st.integers(-2, 2), st.sampled_from([-(10**4), 10**4]), st.integers(-(10**4), 10**4)
)


@st.composite
def _case(draw):
    size = draw(st.integers(0, 25))
    pairs = [
        [draw(_VALUE), draw(st.one_of(st.none(), st.integers(0, size - 1)))] for _ in range(size)
    ]
    return {"head": pairs}


def inputs():
    return _case()


EXAMPLES = [
    ({"head": [[3, None], [8, 0], [5, 1], [1, 3]]}, [[3, None], [8, 0], [5, 1], [1, 3]]),
    ({"head": [[4, 0]]}, [[4, 0]]),
    ({"head": []}, []),
    ({"head": [[9, None]]}, [[9, None]]),
    ({"head": [[1, None], [2, None], [3, None]]}, [[1, None], [2, None], [3, None]]),
    ({"head": [[-(10**4), None], [10**4, 0]]}, [[-(10**4), None], [10**4, 0]]),
]


def large(n, rng):
    return {
        "head": [
            [rng.randint(-(10**4), 10**4), rng.choice([None, rng.randrange(n)])] for _ in range(n)
        ]
    }
