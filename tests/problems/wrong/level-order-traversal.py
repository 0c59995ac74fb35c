# verdict: wrong_answer
# Filters the children with `if child and child.val`, a habit from LeetCode's array form where
# placeholders are falsy: a node holding 0 is dropped with its whole subtree.
from collections import deque


def level_order(root):
    levels = []
    queue = deque([root] if root else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            for child in (node.left, node.right):
                if child and child.val:
                    queue.append(child)
        levels.append(level)
    return levels
