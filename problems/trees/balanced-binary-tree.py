"""Balanced Binary Tree

Return True if the given binary tree is height-balanced, False otherwise. A tree is
height-balanced when, at EVERY node, the heights of its left and right subtrees differ by at most
one (the height of an empty subtree is 0). An empty tree is balanced.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -10^4 <= node value <= 10^4.

Example: root = [4, 8, 2, None, None, 6, 1] -> True

Example: root = [5, 3, 7, 2, None, None, None, 1] -> False   (at node 3: heights 2 and 0)

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, grow_tree

TITLE = "Balanced Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "easy"
FUNCTION = "is_balanced"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(root: TreeNode | None) -> bool:
    height = {None: 0}  # filled bottom-up by a post-order walk
    stack = [(root, False)] if root else []
    while stack:
        node, done = stack.pop()
        if done:
            left, right = height[node.left], height[node.right]
            if abs(left - right) > 1:
                return False
            height[node] = 1 + max(left, right)
        else:
            stack += [(node, True), *((c, False) for c in (node.left, node.right) if c)]
    return True


def _avl(height, flip, value):
    """A balanced tree of exactly this height: children heights (h-1, h-1) or (h-1, h-2)."""
    if height <= 0:
        return None
    kind = flip()  # 0: both h-1, 1: left shorter, 2: right shorter
    left = height - 1 - (kind == 1 and height > 1)
    right = height - 1 - (kind == 2 and height > 1)
    return TreeNode(value(), _avl(left, flip, value), _avl(right, flip, value))


@st.composite
def _case(draw):
    value = lambda: draw(st.integers(-10**4, 10**4))  # noqa: E731
    if draw(st.booleans()):
        size = draw(st.integers(0, 30))
        return {"root": grow_tree(size, value, lambda m: draw(st.integers(0, m - 1)))}
    root = _avl(draw(st.integers(1, 5)), lambda: draw(st.integers(0, 2)), value)
    if draw(st.booleans()):
        # hang one or two extra nodes somewhere below: may break the balance deep down
        for _ in range(draw(st.integers(1, 2))):
            node = root
            while True:
                side = draw(st.sampled_from(["left", "right"]))
                if getattr(node, side) is None:
                    setattr(node, side, TreeNode(value()))
                    break
                node = getattr(node, side)
    return {"root": from_tree(root)}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [4, 8, 2, None, None, 6, 1]}, True),
    ({"root": [6, 2, 2, 5, 5, None, None, 1, 1]}, False),
    ({"root": []}, True),
    ({"root": [1]}, True),
    ({"root": [1, 2]}, True),
    ({"root": [1, 2, 3, 4, None, None, 5]}, True),
    ({"root": [10000, -10000, 0]}, True),
]


def large(n, rng):
    """A random balanced tree of about n nodes: the whole tree has to be checked."""
    height = 1
    while (1 << height) - 1 < n:
        height += 1
    root = _avl(height, lambda: rng.randrange(3), lambda: rng.randint(-10**4, 10**4))
    return {"root": from_tree(root)}
