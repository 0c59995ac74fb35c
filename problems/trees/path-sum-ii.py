"""Path Sum II

You get the root of a binary tree and an integer `target_sum`. Return every root-to-leaf path
whose node values add up to `target_sum`, each path as the list of its values from the root down.
A leaf is a node with no children. The paths may be listed in any order; return `[]` when no
path matches (or the tree is empty).

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -1000 <= node value, target_sum <= 1000.

Example: root = [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1], target_sum = 22
-> [[5, 4, 11, 2], [5, 8, 4, 5]]

Example: root = [1, 2], target_sum = 1 -> []   (node 1 is not a leaf, so [1] is not a path)
"""

from hypothesis import strategies as st

from drill.kit import grow_tree, to_tree, TreeNode

TITLE = "Path Sum II"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "backtracking"]
DIFFICULTY = "medium"
FUNCTION = "path_sum"
COMPLEXITY = "O(n^2)"  # O(n * height): each found path is copied; O(n log n) when balanced
TARGET_MINUTES = 20


def reference(root: TreeNode | None, target_sum: int) -> list[list[int]]:
    found, path = [], []
    stack = [(root, 0, False)] if root else []
    while stack:
        node, total, leaving = stack.pop()
        if leaving:
            path.pop()
            continue
        path.append(node.val)
        total += node.val
        stack.append((node, total, True))
        if node.left is None and node.right is None and total == target_sum:
            found.append(list(path))
        for child in (node.right, node.left):
            if child is not None:
                stack.append((child, total, False))
    return found


def _leaf_sums(tree):
    sums, stack = [], [(to_tree(tree), 0)] if tree else []
    while stack:
        node, total = stack.pop()
        total += node.val
        if node.left is None and node.right is None:
            sums.append(total)
        stack += [(c, total) for c in (node.left, node.right) if c is not None]
    return sums


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    values = st.integers(-3, 3) if draw(st.booleans()) else st.integers(-1000, 1000)
    tree = grow_tree(size, lambda: draw(values), lambda m: draw(st.integers(0, m - 1)))
    sums = _leaf_sums(tree)
    if sums and draw(st.booleans()):
        target = draw(st.sampled_from(sums))
    else:
        target = draw(st.integers(-1000, 1000))
    return {"root": tree, "target_sum": max(-1000, min(1000, target))}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1], "target_sum": 22},
     [[5, 4, 11, 2], [5, 8, 4, 5]]),
    ({"root": [1, 2], "target_sum": 1}, []),
    ({"root": [], "target_sum": 0}, []),
    ({"root": [-3], "target_sum": -3}, [[-3]]),
    ({"root": [0, 1, -1, -1, None, None, 1], "target_sum": 0}, [[0, 1, -1], [0, -1, 1]]),
    ({"root": [2, 2, 2], "target_sum": 4}, [[2, 2], [2, 2]]),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-2, 2), lambda m: rng.randrange(m)), "target_sum": 0}


def check(kwargs, expected, got) -> bool:
    try:
        return sorted(map(list, got)) == sorted(expected)
    except TypeError:
        return False
