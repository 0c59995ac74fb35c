"""Kth Smallest Element in a BST

You get the root of a binary search tree with distinct values and an integer `k`. Return the
k-th smallest value in the tree, counting from 1 (k = 1 is the minimum).

Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= k <= number of nodes <= 10^5; 0 <= node value <= 10^6.

Example: root = [6, 2, 8, None, 4, 7], k = 3 -> 6   (in order: 2, 4, 6, 7, 8)

Example: root = [6, 2, 8, None, 4, 7], k = 5 -> 8

Aim for O(h + k) time, h the height of the tree.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, insert_bst

TITLE = "Kth Smallest Element in a BST"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "medium"
FUNCTION = "kth_smallest"
COMPLEXITY = "O(n)"  # O(h + k); large() asks for the maximum, k = n
TARGET_MINUTES = 15


def reference(root: TreeNode | None, k: int) -> int:
    stack, node = [], root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right


@st.composite
def _case(draw):
    top = draw(st.sampled_from([12, 30, 10**6]))
    keys = draw(st.lists(st.integers(0, top), min_size=1, max_size=25, unique=True))
    if draw(st.integers(0, 3)) == 0:
        keys.sort(reverse=draw(st.booleans()))  # a one-sided chain
    return {"root": from_tree(insert_bst(keys)), "k": draw(st.integers(1, len(keys)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [6, 2, 8, None, 4, 7], "k": 3}, 6),
    ({"root": [6, 2, 8, None, 4, 7], "k": 1}, 2),
    ({"root": [5, 3, 6, 2, 4, None, None, 1], "k": 3}, 3),
    ({"root": [5, 3, 6, 2, 4, None, None, 1], "k": 5}, 5),
    ({"root": [7], "k": 1}, 7),
    ({"root": [10, 0, 20], "k": 2}, 10),
    ({"root": [1000000, 0], "k": 2}, 1000000),
]


def large(n, rng):
    """A random BST of n nodes, and k = n: the walk has to reach the largest value."""
    return {"root": from_tree(insert_bst(rng.sample(range(10**6 + 1), n))), "k": n}
