"""Binary Tree Right Side View

Picture a binary tree drawn top to bottom and stand on its right side. Return the values of the
nodes you can see, from the top level down: for every depth, the rightmost node at that depth.
An empty tree gives `[]`.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -100 <= node value <= 100.

Example: root = [1, 2, 3, None, 5, None, 4] -> [1, 3, 4]

Example: root = [1, 2, 3, 4] -> [1, 3, 4]   (the deepest level only has a left-side node)
"""

from collections import deque

from hypothesis import strategies as st

from drill.kit import grow_tree, TreeNode

TITLE = "Binary Tree Right Side View"
CATEGORY = "trees"
PATTERNS = ["tree-bfs"]
DIFFICULTY = "medium"
FUNCTION = "right_side_view"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(root: TreeNode | None) -> list[int]:
    view = []
    level = deque([root] if root else [])
    while level:
        view.append(level[-1].val)
        for _ in range(len(level)):
            node = level.popleft()
            if node.left:
                level.append(node.left)
            if node.right:
                level.append(node.right)
    return view


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    tree = grow_tree(size, lambda: draw(st.integers(-100, 100)), lambda m: draw(st.integers(0, m - 1)))
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [1, 2, 3, None, 5, None, 4]}, [1, 3, 4]),
    ({"root": [1, 2, 3, 4]}, [1, 3, 4]),
    ({"root": []}, []),
    ({"root": [9]}, [9]),
    ({"root": [1, 2, None, 3]}, [1, 2, 3]),
    ({"root": [1, 2, 3, None, 4, None, None, 5]}, [1, 3, 4, 5]),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-100, 100), lambda m: rng.randrange(m))}
