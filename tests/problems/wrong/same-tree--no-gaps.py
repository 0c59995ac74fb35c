# verdict: wrong_answer
# compares the values level by level but skips missing children, so a left and a right child look alike
from collections import deque


def is_same_tree(p, q):
    def levels(root):
        out, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            out.append(node.val)
            queue.extend(c for c in (node.left, node.right) if c)
        return out

    return levels(p) == levels(q)
