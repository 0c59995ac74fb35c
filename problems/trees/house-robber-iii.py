"""House Robber III

The houses of a neighbourhood form a binary tree: `root` is the entrance house, and every house
has at most two houses directly below it. `node.val` is the money in that house. A thief may
rob any set of houses except that no two robbed houses may be directly linked (a house and its
parent). Return the most money the thief can take.

Constraints: 1 <= number of nodes <= 10^4; 0 <= node value <= 10^4.

Example: root = [6, 3, 5, None, None, 6, 6] -> 18   (the 6 at the top and the two 6s below the
5; the 3 and the 5 are left alone)

Example: root = [6, 1, None, 2, 9] -> 17   (6 at the top and the 2 and 9 two levels down)

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "House Robber III"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "dp"]
DIFFICULTY = "medium"
FUNCTION = "rob"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(root: TreeNode | None) -> int:
    # For every node, bottom-up: the best of its subtree when it is robbed, and when it is not.
    # A robbed node needs both children unrobbed; an unrobbed one lets each child choose freely.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        if node:
            order.append(node)
            stack += [node.left, node.right]
    best: dict[int, tuple[int, int]] = {}  # id(node) -> (robbed, not robbed)
    none = (0, 0)
    for node in reversed(order):  # children before parents
        left = best[id(node.left)] if node.left else none
        right = best[id(node.right)] if node.right else none
        best[id(node)] = (node.val + left[1] + right[1], max(left) + max(right))
    return max(best[id(root)])


@st.composite
def _case(draw):
    values = draw(st.sampled_from([st.integers(0, 3), st.integers(0, 9), st.integers(0, 10**4)]))
    size = draw(st.integers(1, 20))
    return {"root": grow_tree(size, lambda: draw(values), lambda m: draw(st.integers(0, m - 1)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [6, 3, 5, None, None, 6, 6]}, 18),
    ({"root": [6, 1, None, 2, 9]}, 17),
    ({"root": [5]}, 5),
    ({"root": [2, 1, 3]}, 4),
    ({"root": [0, 0, 0]}, 0),
    ({"root": [10, 1, 1, 5, 5, 5, 5]}, 30),
    ({"root": [4, 3, 4, None, 6]}, 10),
    ({"root": [8, 0, None, 8, None, None, 7]}, 16),
    ({"root": [9, 5, 9, None, 6, 7, 9, None, None, None, None, 0, None, 9]}, 40),
]


def large(n, rng):
    """A complete binary tree of n nodes: recursion stays shallow, and a search that re-solves
    every subtree it meets does about n^1.7 work."""
    return {"root": [rng.randint(0, 10**4) for _ in range(n)]}
