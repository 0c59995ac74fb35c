"""Maximum Depth of Binary Tree

Return the depth of a binary tree: the number of nodes on the longest path from the root down
to a leaf. An empty tree has depth 0 and a lone root has depth 1.

The tree arrives as a `TreeNode` (in examples it is written level by level, LeetCode style,
with None for a missing child).

Constraints: 0 <= number of nodes <= 10^5; -100 <= node.val <= 100.

Example: [3, 9, 20, None, None, 15, 7] -> 3   (3 -> 20 -> 15)

Example: [1, None, 2] -> 2
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "Maximum Depth of Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "tree-bfs"]
DIFFICULTY = "easy"
FUNCTION = "max_depth"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(root: TreeNode | None) -> int:
    depth, level = 0, [root] if root else []
    while level:
        depth += 1
        level = [child for node in level for child in (node.left, node.right) if child]
    return depth


@st.composite
def _tree(draw):
    values = draw(st.lists(st.integers(-100, 100), max_size=25))
    if not values:
        return []
    flags = draw(st.lists(st.booleans(), min_size=2 * len(values), max_size=2 * len(values)))
    # Build level order: each existing node gets left/right from the flags.
    out = [values[0]]
    slots = 1  # nodes whose children are not yet decided
    k, f = 1, 0
    while slots and f < len(flags):
        slots -= 1
        for _ in range(2):
            if f < len(flags) and flags[f] and k < len(values):
                out.append(values[k])
                k += 1
                slots += 1
            else:
                out.append(None)
            f += 1
    while out and out[-1] is None:
        out.pop()
    return out


def inputs():
    return _tree().map(lambda t: {"root": t})


EXAMPLES = [
    ({"root": []}, 0),
    ({"root": [1]}, 1),
    ({"root": [3, 9, 20, None, None, 15, 7]}, 3),
    ({"root": [1, None, 2]}, 2),
    ({"root": [1, 2, None, 3, None, 4]}, 4),
    ({"root": [1, 2, 3, 4, None, None, 5, None, None, 6]}, 4),
]


def large(n, rng):
    # A random tree of n nodes: each new node hangs off a random free slot.
    return {"root": grow_tree(n, lambda: rng.randint(-100, 100), rng.randrange)}
