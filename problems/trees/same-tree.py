"""Same Tree

You get the roots of two binary trees, `p` and `q`. Return True if they are the same tree: the
same shape, with equal values in matching nodes. Two empty trees are the same.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes in each tree <= 10^5; -10^4 <= node value <= 10^4.

Example: p = [4, 7, 1], q = [4, 7, 1] -> True

Example: p = [4, 7], q = [4, None, 7] -> False   (7 is a left child in p, a right child in q)

Aim for O(n) time.
"""

import copy

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree, to_tree, from_tree

TITLE = "Same Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "easy"
FUNCTION = "is_same_tree"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(p: TreeNode | None, q: TreeNode | None) -> bool:
    stack = [(p, q)]
    while stack:
        a, b = stack.pop()
        if a is None or b is None:
            if a is not b:
                return False
            continue
        if a.val != b.val:
            return False
        stack += [(a.left, b.left), (a.right, b.right)]
    return True


def _nodes(root):
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in (node.left, node.right) if c]
    return out


def _rotate(node):
    """Rotate right in place at `node` (it must have a left child): the in-order stays the same."""
    left = node.left
    node.val, left.val = left.val, node.val
    node.left, left.left, left.right, node.right = left.left, left.right, node.right, left


@st.composite
def _case(draw):
    value = lambda: draw(st.integers(-2, 2))  # noqa: E731
    p = grow_tree(draw(st.integers(0, 20)), value, lambda m: draw(st.integers(0, m - 1)))
    how = draw(st.sampled_from(["same", "same", "value", "move", "zero", "rotate", "other"]))
    if how == "other":
        q = grow_tree(draw(st.integers(0, 20)), value, lambda m: draw(st.integers(0, m - 1)))
        return {"p": p, "q": q}
    root = to_tree(copy.deepcopy(p))
    nodes = _nodes(root)
    if how == "value" and nodes:
        draw(st.sampled_from(nodes)).val = value()
    elif how == "move":  # a lone child changes sides: the values level by level stay the same
        lone = [n for n in nodes if (n.left is None) != (n.right is None)]
        if lone:
            node = draw(st.sampled_from(lone))
            node.left, node.right = node.right, node.left
    elif how == "zero":  # a new leaf holding 0 in an empty spot
        spots = [(n, side) for n in nodes for side in ("left", "right") if getattr(n, side) is None]
        if spots:
            node, side = draw(st.sampled_from(spots))
            setattr(node, side, TreeNode(0))
    elif how == "rotate":
        lefts = [n for n in nodes if n.left is not None]
        if lefts:
            _rotate(draw(st.sampled_from(lefts)))
    q = from_tree(root)
    return {"p": p, "q": q} if draw(st.booleans()) else {"p": q, "q": p}


def inputs():
    return _case()


EXAMPLES = [
    ({"p": [4, 7, 1], "q": [4, 7, 1]}, True),
    ({"p": [4, 7, 1], "q": [4, 7, 2]}, False),
    ({"p": [], "q": []}, True),
    ({"p": [], "q": [5]}, False),
    ({"p": [3, None, -10000], "q": [3, None, -10000]}, True),
    ({"p": [1, 2, 3, 4], "q": [1, 2, 3, 5]}, False),
]


def large(n, rng):
    """Two equal random trees of n nodes: every pair of nodes has to be compared."""
    tree = grow_tree(n, lambda: rng.randint(-10**4, 10**4), lambda m: rng.randrange(m))
    return {"p": tree, "q": list(tree)}
