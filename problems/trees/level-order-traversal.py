"""Binary Tree Level Order Traversal

Return the values of a binary tree level by level: a list of levels, top level first, each
level's values from left to right. An empty tree gives [].

Constraints: 0 <= number of nodes <= 10^5; -1000 <= node.val <= 1000.

Example: [3, 9, 20, None, None, 15, 7] -> [[3], [9, 20], [15, 7]]

Example: [1, 2, None, 3] -> [[1], [2], [3]]
"""

from collections import deque

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "Binary Tree Level Order Traversal"
CATEGORY = "trees"
PATTERNS = ["tree-bfs"]
DIFFICULTY = "medium"
FUNCTION = "level_order"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []
    queue = deque([root] if root else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels.append(level)
    return levels


@st.composite
def _tree(draw):
    # small values too: duplicates and zeros (falsy) are where value-keyed slips show
    values = draw(st.lists(st.integers(-1000, 1000) | st.integers(-3, 3), max_size=25))
    if not values:
        return []
    out = [values[0]]
    slots, k = 1, 1
    while slots and k < len(values):
        slots -= 1
        for _ in range(2):
            if k < len(values) and draw(st.booleans()):
                out.append(values[k])
                k += 1
                slots += 1
            else:
                out.append(None)
    while out and out[-1] is None:
        out.pop()
    return out


def inputs():
    return _tree().map(lambda t: {"root": t})


EXAMPLES = [
    ({"root": []}, []),
    ({"root": [5]}, [[5]]),
    ({"root": [3, 9, 20, None, None, 15, 7]}, [[3], [9, 20], [15, 7]]),
    ({"root": [1, 2, None, 3]}, [[1], [2], [3]]),
    ({"root": [1, 2, 3, 4, 5, 6, 7]}, [[1], [2, 3], [4, 5, 6, 7]]),
    ({"root": [1, None, 2, None, 3]}, [[1], [2], [3]]),
]


def large(n, rng):
    # A random tree of n nodes: each new node hangs off a random free slot.
    return {"root": grow_tree(n, lambda: rng.randint(-1000, 1000), rng.randrange)}
