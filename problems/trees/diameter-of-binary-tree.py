"""Diameter of Binary Tree

The diameter of a binary tree is the number of EDGES on the longest path between any two of its
nodes. That path does not have to pass through the root. Return the diameter of the given tree
(0 for an empty tree or a single node).

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -100 <= node value <= 100.

Example: root = [1, 2, 3, 4, 5] -> 3   (path 4 - 2 - 1 - 3, or 5 - 2 - 1 - 3)

Example: root = [1, 2, None, 3, 4, 5, None, None, 6] -> 4   (path 5 - 3 - 2 - 4 - 6, root unused)
"""

from hypothesis import strategies as st

from drill.kit import grow_tree, TreeNode

TITLE = "Diameter of Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "easy"
FUNCTION = "diameter_of_binary_tree"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(root: TreeNode | None) -> int:
    best = 0
    height = {None: 0}  # height in nodes, filled bottom-up by a post-order walk
    stack = [(root, False)] if root else []
    while stack:
        node, done = stack.pop()
        if done:
            left, right = height[node.left], height[node.right]
            best = max(best, left + right)
            height[node] = 1 + max(left, right)
        else:
            stack += [(node, True), *((c, False) for c in (node.left, node.right) if c)]
    return best


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    tree = grow_tree(size, lambda: draw(st.integers(-100, 100)), lambda m: draw(st.integers(0, m - 1)))
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [1, 2, 3, 4, 5]}, 3),
    ({"root": [1, 2, None, 3, 4, 5, None, None, 6]}, 4),
    ({"root": []}, 0),
    ({"root": [1]}, 0),
    ({"root": [1, 2]}, 1),
    ({"root": [1, None, 2, None, 3, None, 4]}, 3),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-100, 100), lambda m: rng.randrange(m))}
