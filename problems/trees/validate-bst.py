"""Validate Binary Search Tree

Return True if the given binary tree is a valid binary search tree, False otherwise. In a valid
BST, for EVERY node, all values in its left subtree are strictly smaller than the node's value and
all values in its right subtree are strictly larger. (So equal values anywhere make it invalid.)
An empty tree is a valid BST.

Trees are written as level-order lists with `None` for a missing child.

Constraints: 0 <= number of nodes <= 10^5; -2^31 <= node value <= 2^31 - 1.

Example: root = [5, 1, 7, None, None, 6, 9] -> True

Example: root = [5, 1, 7, None, None, 3, 9] -> False   (3 is right of the root 5 but smaller)
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, from_tree, insert_bst

TITLE = "Validate Binary Search Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs"]
DIFFICULTY = "medium"
FUNCTION = "is_valid_bst"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 20

LOW, HIGH = -2**31, 2**31 - 1


def reference(root: TreeNode | None) -> bool:
    # iterative in-order walk: the values must come out strictly increasing
    stack, node, last = [], root, None
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if last is not None and node.val <= last:
            return False
        last = node.val
        node = node.right
    return True


@st.composite
def _case(draw):
    values = st.sampled_from([LOW, HIGH, 0]) | st.integers(-20, 20)
    tree = from_tree(insert_bst(draw(st.lists(values, max_size=25))))
    if tree and draw(st.booleans()):  # overwrite one node's value: often breaks the BST somewhere
        spots = [i for i, v in enumerate(tree) if v is not None]
        tree[draw(st.sampled_from(spots))] = draw(values)
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [5, 1, 7, None, None, 6, 9]}, True),
    ({"root": [5, 1, 7, None, None, 3, 9]}, False),
    ({"root": []}, True),
    ({"root": [2147483647]}, True),
    ({"root": [2, 2]}, False),
    ({"root": [2, None, 2]}, False),
    ({"root": [-2147483648, None, 2147483647]}, True),
    ({"root": [10, 5, 15, None, 12]}, False),
]


def large(n, rng):
    return {"root": from_tree(insert_bst(rng.sample(range(-10**6, 10**6), n)))}
