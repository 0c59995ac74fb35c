"""Serialize and Deserialize Binary Tree

Design a codec for binary trees: `serialize(root)` turns a tree into a string, and
`deserialize(data)` builds from that string a tree of new nodes with the same shape and the same
values. The two methods run on separate instances of your class, so everything needed to rebuild
the tree has to be inside the string. Any format is fine (level order with markers for missing
children, preorder with markers, ...), as long as your own two methods agree on it.

Trees are written as level-order lists with `None` for a missing child; the empty tree is `[]`.
Values may be negative and have several digits, and may repeat.

Constraints: 0 <= number of nodes <= 10^4; -1000 <= node value <= 1000.

Example: root = [5, 2, 8, None, None, 6, 9] -> deserialize(serialize(root)) -> the same tree,
[5, 2, 8, None, None, 6, 9]

Example: root = [] -> the empty tree comes back as [] (None)
"""

from collections import deque

from hypothesis import strategies as st

from drill.kit import TreeNode, grow_tree

TITLE = "Serialize and Deserialize Binary Tree"
CATEGORY = "trees"
PATTERNS = ["tree-bfs", "design"]
DIFFICULTY = "hard"
FUNCTION = "Codec"
CODEC = ("serialize", "deserialize")
COMPLEXITY = "O(n)"
TARGET_MINUTES = 30


class Codec:
    def serialize(self, root: TreeNode | None) -> str:
        out: list[str] = []
        queue: deque[TreeNode | None] = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("#")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data: str) -> TreeNode | None:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        queue: deque[TreeNode] = deque([root])
        i = 1
        while queue:
            node = queue.popleft()
            for side in ("left", "right"):
                if tokens[i] != "#":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root


reference = Codec

_VALUE = st.one_of(st.integers(-3, 3), st.sampled_from([-1000, 1000]), st.integers(-1000, 1000))


@st.composite
def _case(draw):
    size = draw(st.integers(0, 30))
    tree = grow_tree(size, lambda: draw(_VALUE), lambda m: draw(st.integers(0, m - 1)))
    return {"root": tree}


def inputs():
    return _case()


EXAMPLES = [
    ({"root": [5, 2, 8, None, None, 6, 9]}, [5, 2, 8, None, None, 6, 9]),
    ({"root": []}, []),
    ({"root": [7]}, [7]),
    ({"root": [2, 1, 3]}, [2, 1, 3]),
    ({"root": [4, 2, 6, 1, 3, 5, 7]}, [4, 2, 6, 1, 3, 5, 7]),
    ({"root": [3, 2, None, 1]}, [3, 2, None, 1]),
]


def large(n, rng):
    return {"root": grow_tree(n, lambda: rng.randint(-1000, 1000), lambda m: rng.randrange(m))}
