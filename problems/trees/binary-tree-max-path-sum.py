"""Binary Tree Maximum Path Sum

Call a path any chain of one or more distinct nodes of a binary tree in which every two
consecutive nodes are a parent and its child. It can sit anywhere in the tree (not only at the
root) and may climb from one node and come down into another branch, but it never splits.
Its sum is the total of its values. Given the root of a non-empty tree, return the largest sum of
any path.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= number of nodes <= 10^5; -1000 <= node value <= 1000.

Example: root = [2, 5, 4, 3, -6] -> 14   (3 -> 5 -> 2 -> 4)

Example: root = [-4, 3, 6, None, None, -2, 9] -> 15   (6 -> 9; going through -4 does not pay)

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "Binary Tree Maximum Path Sum"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "dp"]
DIFFICULTY = "hard"
FUNCTION = "max_path_sum"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 30


def reference(root: TreeNode | None) -> int:
    down = {None: 0}  # best sum of a path starting at the node and going down (clamped at 0)
    best = root.val
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            left, right = down[node.left], down[node.right]
            best = max(best, node.val + left + right)
            down[node] = max(0, node.val + max(left, right))
        else:
            stack += [(node, True), *((c, False) for c in (node.left, node.right) if c)]
    return best


@st.composite
def _case(draw):
    values = draw(st.sampled_from([st.integers(-5, 5), st.integers(-1000, -1),
                                   st.integers(-1000, 1000)]))
    size = draw(st.integers(1, 25))
    return {"root": grow_tree(size, lambda: draw(values), lambda m: draw(st.integers(0, m - 1)))}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [1, 2, 3]}, 6),
    ({"root": [7]}, 7),
    ({"root": [5, 4, 8, 11]}, 28),
    ({"root": [1000, 1000, 1000]}, 3000),
    ({"root": [3, None, 9, None, 4]}, 16),
    ({"root": [2, 1, 6, 4, None, None, 5]}, 18),
]


def large(n, rng):
    """A deep, thin random tree of n nodes with mixed signs."""
    return {"root": grow_tree(n, lambda: rng.randint(-1000, 1000),
                              lambda m: m - 1 - rng.randrange(min(m, 3)))}
