# verdict: wrong_answer
# runs a graph-style BFS with a `seen` set of VALUES, so a node whose value already appeared is
# skipped along with its whole subtree
from collections import deque


def level_order(root):
    if root is None:
        return []
    levels, seen, queue = [], {root.val}, deque([root])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            for child in (node.left, node.right):
                if child is not None and child.val not in seen:
                    seen.add(child.val)
                    queue.append(child)
        levels.append(level)
    return levels
