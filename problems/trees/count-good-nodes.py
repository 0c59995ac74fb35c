"""Count Good Nodes in Binary Tree

You get the root of a non-empty binary tree. A node X is "good" when no node on the path from
the root down to X (X included) holds a value larger than X's. Return the number of good nodes.
The root is always good.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= number of nodes <= 10^5; -10^4 <= node value <= 10^4.

Example: root = [4, 2, 6, 5, None, 3, 9] -> 4   (4, 5, 6 and 9; 2 and 3 each have a larger
value above them)

Example: root = [2, 2, 1] -> 2   (the root and the left 2; a tie with the path's maximum is good)

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "Count Good Nodes in Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "medium"
FUNCTION = "good_nodes"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(root: TreeNode | None) -> int:
    good, stack = 0, [(root, root.val)]
    while stack:
        node, highest = stack.pop()  # highest value on the path above node, node included
        if node.val >= highest:
            good += 1
        highest = max(highest, node.val)
        stack += [(c, highest) for c in (node.left, node.right) if c]
    return good


@st.composite
def _case(draw):
    values = draw(st.sampled_from([st.integers(-3, 3), st.integers(-10**4, -1),
                                   st.integers(-10**4, 10**4)]))
    size = draw(st.integers(1, 30))
    return {"root": grow_tree(size, lambda: draw(values), lambda m: draw(st.integers(0, m - 1)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [4, 2, 6, 5, None, 3, 9]}, 4),
    ({"root": [7]}, 1),
    ({"root": [5, 3, 8, 1, 6]}, 3),
    ({"root": [1, None, 2, None, 3]}, 3),
    ({"root": [5, 2, 8, 6, None, 3, 9]}, 4),
]


def large(n, rng):
    """A deep, thin random tree of n nodes whose values never fall along a path: all are good."""
    count = [0]

    def rising():
        count[0] += 1
        return -10**4 + count[0] * 2 * 10**4 // max(n, 1)

    return {"root": grow_tree(n, rising, lambda m: m - 1 - rng.randrange(min(m, 3)))}
