"""Subtree of Another Tree

You get the roots of two non-empty binary trees, `root` and `sub_root`. Return True if some node
of `root`, together with all of its descendants, forms a tree identical to `sub_root` (the same
shape and the same values); return False otherwise. `root` itself counts as one of its subtrees.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= number of nodes in root <= 10^5; 1 <= number of nodes in sub_root <= 10^4;
-10^4 <= node value <= 10^4.

Example: root = [5, 3, 8, 1, 4], sub_root = [3, 1, 4] -> True

Example: root = [5, 3, 8, 1, 4, None, None, 2], sub_root = [3, 1, 4] -> False
(the node 3 of root has 2 below 1, which sub_root lacks)

Aim for O(n * m) time, n and m the sizes of the two trees; O(n + m) is possible.
"""

import copy

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, grow_tree, to_tree

TITLE = "Subtree of Another Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "hashing"]
DIFFICULTY = "easy"
FUNCTION = "is_subtree"
COMPLEXITY = "O(n + m)"
TARGET_MINUTES = 15


def reference(root: TreeNode | None, sub_root: TreeNode | None) -> bool:
    # number every distinct subtree: equal subtrees get equal numbers (ids shared by both trees)
    ids: dict[tuple, int] = {}

    def number(top: TreeNode) -> int:
        out: dict[TreeNode | None, int] = {None: 0}
        stack = [(top, False)]
        while stack:
            node, done = stack.pop()
            if done:
                key = (node.val, out[node.left], out[node.right])
                out[node] = ids.setdefault(key, len(ids) + 1)
            else:
                stack += [(node, True), *((c, False) for c in (node.left, node.right) if c)]
        return out

    wanted = number(sub_root)[sub_root]
    return wanted in number(root).values()


def _nodes(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in (node.left, node.right) if c]
    return out


@st.composite
def _case(draw):
    values = draw(st.sampled_from([st.integers(0, 2), st.sampled_from([1, 2, 12, 21, -1, -2])]))
    value = lambda: draw(values)  # noqa: E731
    pick = lambda m: draw(st.integers(0, m - 1))  # noqa: E731
    root = grow_tree(draw(st.integers(1, 20)), value, pick)
    how = draw(st.sampled_from(["copy", "copy", "trim", "grow", "value", "tail", "tail", "other"]))
    if how == "other":
        return {"root": root, "sub_root": grow_tree(draw(st.integers(1, 4)), value, pick)}
    sub = copy.deepcopy(draw(st.sampled_from(_nodes(to_tree(root)))))
    nodes = _nodes(sub)
    if how == "trim" and len(nodes) > 1:  # drop one leaf: a prefix of a real subtree
        for node in nodes:
            for side in ("left", "right"):
                child = getattr(node, side)
                if child is not None and child.left is None and child.right is None:
                    setattr(node, side, None)
                    return {"root": root, "sub_root": from_tree(sub)}
    elif how == "grow":  # one extra leaf below a real subtree
        spots = [(n, s) for n in nodes for s in ("left", "right") if getattr(n, s) is None]
        node, side = draw(st.sampled_from(spots))
        setattr(node, side, TreeNode(value()))
    elif how == "value":
        draw(st.sampled_from(nodes)).val = value()
    elif how == "tail":  # 12 -> 2, -1 -> 1: the written value ends like the original one
        sub.val = int(str(abs(sub.val))[-1])
    return {"root": root, "sub_root": from_tree(sub)}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [5, 3, 8, 1, 4], "sub_root": [3, 1, 4]}, True),
    ({"root": [5, 3, 8, 1, 4], "sub_root": [8, 1]}, False),
    ({"root": [7], "sub_root": [7]}, True),
    ({"root": [7], "sub_root": [6]}, False),
    ({"root": [1, 2], "sub_root": [2]}, True),
    ({"root": [4, 2, 6], "sub_root": [4, 2, 6]}, True),
    ({"root": [-10000, None, 10000], "sub_root": [10000]}, True),
]


def large(n, rng):
    """A random tree of n nodes over few values, and a copy of one of its deep subtrees."""
    tree = grow_tree(n, lambda: rng.randint(0, 3), lambda m: rng.randrange(m))
    nodes = _nodes(to_tree(tree))
    sub = max(nodes[-len(nodes) // 4:], key=lambda node: len(_nodes(node)))
    return {"root": tree, "sub_root": from_tree(sub)}
