# verdict: wrong_answer
# swaps children in a graph-style BFS that keeps a `seen` set of VALUES, so below a node whose
# value already appeared nothing is swapped any more
from collections import deque


def invert_tree(root):
    if root is None:
        return None
    seen, queue = {root.val}, deque([root])
    while queue:
        node = queue.popleft()
        node.left, node.right = node.right, node.left
        for child in (node.left, node.right):
            if child is not None and child.val not in seen:
                seen.add(child.val)
                queue.append(child)
    return root
