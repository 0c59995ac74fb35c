"""Lowest Common Ancestor of a Binary Search Tree

You get the root of a binary search tree with distinct values, and two different values `p` and
`q` that both occur in it. Return the node that is their lowest common ancestor: the deepest
node that has both the node holding `p` and the node holding `q` in its subtree (a node counts
as being in its own subtree, so if one of them lies below the other, the upper one is the
answer).

Return the node itself; it is shown as the level-order list of its subtree. Trees are written
as level-order lists with `None` for a missing child.

Constraints: 2 <= number of nodes <= 10^5; -10^9 <= node value <= 10^9; p != q, both in the tree.

Example: root = [8, 3, 12, 1, 6, 10, 14, None, None, 4, 7], p = 4, q = 1 -> [3, 1, 6, None, None, 4, 7]

Example: same root, p = 6, q = 7 -> [6, 4, 7]   (6 is an ancestor of 7)

Aim for O(h) time, h the height of the tree.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, insert_bst

TITLE = "Lowest Common Ancestor of a Binary Search Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "modified-binary-search"]
DIFFICULTY = "medium"
FUNCTION = "lowest_common_ancestor"
COMPLEXITY = "O(h)"  # h = height; O(log n) on the random trees of large()
TARGET_MINUTES = 15


def reference(root: TreeNode | None, p: int, q: int) -> TreeNode | None:
    low, high = min(p, q), max(p, q)
    node = root
    while True:
        if node.val > high:
            node = node.left
        elif node.val < low:
            node = node.right
        else:
            return node


def _path(root, value):
    path, node = [], root
    while node.val != value:
        path.append(node)
        node = node.left if value < node.val else node.right
    return path + [node]


@st.composite
def _case(draw):
    top = draw(st.sampled_from([30, 10**9]))
    keys = draw(st.lists(st.integers(-top, top), min_size=2, max_size=25, unique=True))
    root = insert_bst(keys)
    p = draw(st.sampled_from(keys))
    if draw(st.integers(0, 2)) == 0:  # q below p (or p below q) now and then
        below = [v for v in keys if v != p and p in [n.val for n in _path(root, v)]]
        others = below or [v for v in keys if v != p]
    else:
        others = [v for v in keys if v != p]
    q = draw(st.sampled_from(others))
    if draw(st.booleans()):
        p, q = q, p
    return {"root": from_tree(root), "p": p, "q": q}


def inputs():
    return _case()


TREE = [8, 3, 12, 1, 6, 10, 14, None, None, 4, 7]
EXAMPLES = [
    ({"root": TREE, "p": 1, "q": 4}, [3, 1, 6, None, None, 4, 7]),
    ({"root": TREE, "p": 10, "q": 14}, [12, 10, 14]),
    ({"root": TREE, "p": 1, "q": 14}, TREE),
    ({"root": [2, 1, 3], "p": 1, "q": 3}, [2, 1, 3]),
    ({"root": [0, -1000000000, 1000000000], "p": -1000000000, "q": 1000000000},
     [0, -1000000000, 1000000000]),
]


def _random_bst(values, rng):
    """A BST over sorted `values` with each root picked from the middle half: height O(log n)."""
    root = TreeNode(None)
    stack = [(root, 0, len(values))]
    while stack:
        node, lo, hi = stack.pop()
        span = hi - lo
        mid = lo + span // 4 + rng.randrange(span // 2 + 1) if span > 1 else lo
        node.val = values[mid]
        if mid > lo:
            node.left = TreeNode(None)
            stack.append((node.left, lo, mid))
        if mid + 1 < hi:
            node.right = TreeNode(None)
            stack.append((node.right, mid + 1, hi))
    return root


def large(n, rng):
    """A random BST of n nodes; p and q are two neighbouring leaves deep down on one side."""
    values = sorted(rng.sample(range(-10**9, 10**9), max(2, n)))
    root = _random_bst(values, rng)
    node, path = root, []
    while node.left or node.right:  # walk down always choosing the taller-looking side: deep
        path.append(node)
        node = node.right if node.right else node.left
    q = path[-1].val if path else node.val
    return {"root": from_tree(root), "p": node.val, "q": q if q != node.val else values[0]}
