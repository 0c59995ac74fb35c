"""Convert Sorted Array to Binary Search Tree

You get a list `nums` of distinct integers in increasing order. Build a binary search tree that
holds exactly these values and is height-balanced: at every node, the heights of the left and
right subtrees differ by at most one. Return its root.

Many trees qualify; any height-balanced BST holding exactly the values of `nums` is accepted.
Trees are written as level-order lists with `None` for a missing child.

Constraints: 1 <= len(nums) <= 10^5; -10^6 <= nums[i] <= 10^6; `nums` is strictly increasing.

Example: nums = [-6, -2, 1, 4, 8] -> [1, -6, 4, None, -2, None, 8]   (or [1, -2, 8, -6, None, 4], ...)

Example: nums = [3, 9] -> [3, None, 9]   (or [9, 3])

Aim for O(n) time.
"""

from hypothesis import strategies as st

from drill.kit import TreeNode, to_tree

TITLE = "Convert Sorted Array to Binary Search Tree"
CATEGORY = "trees"
PATTERNS = ["tree-dfs", "divide-and-conquer"]
DIFFICULTY = "easy"
FUNCTION = "sorted_array_to_bst"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10


def reference(nums: list[int]) -> TreeNode | None:
    def build(lo: int, hi: int) -> TreeNode | None:  # nums[lo:hi]
        if lo >= hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(nums[mid], build(lo, mid), build(mid + 1, hi))

    return build(0, len(nums))


def _balanced_values(node):
    """(height, in-order values) of a tree, or None when some node is out of balance."""
    if node is None:
        return 0, []
    left, right = _balanced_values(node.left), _balanced_values(node.right)
    if left is None or right is None or abs(left[0] - right[0]) > 1:
        return None
    return 1 + max(left[0], right[0]), left[1] + [node.val] + right[1]


def check(kwargs, expected, got) -> bool:
    try:
        found = _balanced_values(to_tree(got))
    except (TypeError, AttributeError, RecursionError):
        return False
    return found is not None and found[1] == kwargs["nums"]


@st.composite
def _case(draw):
    top = draw(st.sampled_from([40, 10**4]))
    values = draw(st.sets(st.integers(-top, top), min_size=1, max_size=30))
    return {"nums": sorted(values)}


def inputs():
    return _case()


EXAMPLES = [
    ({"nums": [-6, -2, 1, 4, 8]}, [1, -2, 8, -6, None, 4]),
    ({"nums": [3, 9]}, [9, 3]),
    ({"nums": [5]}, [5]),
    ({"nums": [2, 4, 6, 8]}, [6, 4, 8, 2]),
    ({"nums": [-1000000, 1000000]}, [1000000, -1000000]),
    ({"nums": [0, 1, 2]}, [1, 0, 2]),
]


def large(n, rng):
    return {"nums": sorted(rng.sample(range(-10**6, 10**6), n))}
