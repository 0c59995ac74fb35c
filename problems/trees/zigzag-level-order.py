"""Binary Tree Zigzag Level Order Traversal

Return the values of a binary tree level by level, one list per level, alternating direction:
the root level reads left to right, the next level right to left, the one after left to right,
and so on. An empty tree gives `[]`.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -100 <= node value <= 100.

Example: root = [3, 9, 20, None, None, 15, 7] -> [[3], [20, 9], [15, 7]]

Example: root = [1, 2, 3, 4, 5, 6, 7, 8] -> [[1], [3, 2], [4, 5, 6, 7], [8]]
"""

from hypothesis import strategies as st

from drill.kit import grow_tree, TreeNode

TITLE = "Binary Tree Zigzag Level Order Traversal"
CATEGORY = "trees"
PATTERNS = ["tree-bfs"]
DIFFICULTY = "medium"
FUNCTION = "zigzag_level_order"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20


def reference(root: TreeNode | None) -> list[list[int]]:
    out = []
    level = [root] if root else []
    while level:
        values = [node.val for node in level]
        out.append(values if len(out) % 2 == 0 else values[::-1])
        level = [c for node in level for c in (node.left, node.right) if c is not None]
    return out


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    tree = grow_tree(size, lambda: draw(st.integers(-100, 100)), lambda m: draw(st.integers(0, m - 1)))
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [3, 9, 20, None, None, 15, 7]}, [[3], [20, 9], [15, 7]]),
    ({"root": [1, 2, 3, 4, 5, 6, 7, 8]}, [[1], [3, 2], [4, 5, 6, 7], [8]]),
    ({"root": []}, []),
    ({"root": [1]}, [[1]]),
    ({"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]}, [[1], [3, 2], [4, 5], [7, 6]]),
    ({"root": [0, -1, None, -2, None, -3]}, [[0], [-1], [-2], [-3]]),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-100, 100), lambda m: rng.randrange(m))}
