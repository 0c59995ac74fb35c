"""Invert Binary Tree

You get the root of a binary tree. Mirror it: at every node swap the left and right subtrees.
Return the root of the mirrored tree (it may be the same node object, modified in place).

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -100 <= node value <= 100.

Example: root = [4, 2, 7, 1, 3, 6, 9] -> [4, 7, 2, 9, 6, 3, 1]

Example: root = [1, 2] -> [1, None, 2]   (the lone left child becomes a right child)
"""

from hypothesis import strategies as st

from drill.kit import grow_tree, TreeNode

TITLE = "Invert Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "easy"
FUNCTION = "invert_tree"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(root: TreeNode | None) -> TreeNode | None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += [node.left, node.right]
    return root


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    tree = grow_tree(size, lambda: draw(st.integers(-100, 100)), lambda m: draw(st.integers(0, m - 1)))
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [4, 2, 7, 1, 3, 6, 9]}, [4, 7, 2, 9, 6, 3, 1]),
    ({"root": [1, 2]}, [1, None, 2]),
    ({"root": []}, []),
    ({"root": [5]}, [5]),
    ({"root": [1, 2, None, 3, None, 4]}, [1, None, 2, None, 3, None, 4]),
    ({"root": [1, 2, 3, None, 4, 5]}, [1, 3, 2, None, 5, 4]),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-100, 100), lambda m: rng.randrange(m))}
