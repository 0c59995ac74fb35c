"""Construct Binary Tree from Preorder and Inorder Traversal

You get two lists of the same distinct values: `preorder`, the values of a binary tree in
pre-order (node, then its left subtree, then its right subtree), and `inorder`, the same tree's
values in in-order (left subtree, node, right subtree). Rebuild the tree and return its root.
Distinct values make the answer unique.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= len(preorder) == len(inorder) <= 10^5; the values are distinct, between
-10^6 and 10^6; both lists come from the same tree.

Example: preorder = [5, 2, 7, 4, 9], inorder = [2, 5, 4, 7, 9] -> [5, 2, 7, None, None, 4, 9]

Example: preorder = [1, 2], inorder = [1, 2] -> [1, None, 2]

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, grow_tree, to_tree

TITLE = "Construct Binary Tree from Preorder and Inorder Traversal"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "hashing"]
DIFFICULTY = "medium"
FUNCTION = "build_tree"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    root = TreeNode(preorder[0])
    stack, j = [root], 0  # stack: the path of nodes still waiting for a right child
    for value in preorder[1:]:
        node = stack[-1]
        if node.val != inorder[j]:
            node.left = TreeNode(value)
            stack.append(node.left)
        else:
            while stack and stack[-1].val == inorder[j]:
                node = stack.pop()
                j += 1
            node.right = TreeNode(value)
            stack.append(node.right)
    return root


def _orders(tree):
    """(preorder, inorder) of a level-order list, without recursion."""
    pre, ino = [], []
    stack, node = [], to_tree(tree)
    while stack or node is not None:
        while node is not None:
            pre.append(node.val)
            stack.append(node)
            node = node.left
        node = stack.pop()
        ino.append(node.val)
        node = node.right
    return pre, ino


@st.composite
def _case(draw):
    size = draw(st.integers(1, 25))
    top = draw(st.sampled_from([30, 10**6]))
    values = draw(st.lists(st.integers(-top, top), min_size=size, max_size=size, unique=True))
    if draw(st.booleans()) and 0 not in values:
        values[draw(st.integers(0, size - 1))] = 0
    pool = iter(values)
    tree = grow_tree(size, lambda: next(pool), lambda m: draw(st.integers(0, m - 1)))
    pre, ino = _orders(tree)
    return {"preorder": pre, "inorder": ino}


def inputs():
    return _case()


EXAMPLES = [
    ({"preorder": [7], "inorder": [7]}, [7]),
    ({"preorder": [1, 2], "inorder": [1, 2]}, [1, None, 2]),
    ({"preorder": [3, 2, 1], "inorder": [1, 2, 3]}, [3, 2, None, 1]),
    ({"preorder": [4, 2, 3], "inorder": [2, 3, 4]}, [4, 2, None, None, 3]),
    ({"preorder": [6, 8, 7], "inorder": [6, 7, 8]}, [6, None, 8, 7]),
    ({"preorder": [-1000000, 1000000], "inorder": [1000000, -1000000]}, [-1000000, 1000000]),
]


def large(n, rng):
    """A left chain of n nodes, each with a right leaf: the roots sit at the far end of the
    in-order, and the tree is n deep."""
    values = iter(rng.sample(range(-10**6, 10**6), 2 * n))
    top = node = TreeNode(next(values))
    node.right = TreeNode(next(values))
    for _ in range(n - 1):
        node.left = TreeNode(next(values), None, TreeNode(next(values)))
        node = node.left
    pre, ino = _orders(from_tree(top))
    return {"preorder": pre, "inorder": ino}
