# verdict: wrong_answer
# Robs whole levels: the better of all even levels or all odd levels. But the best plan can mix,
# for example skipping two levels in a row on one branch.
from collections import deque


def rob(root):
    sums = [0, 0]
    queue = deque([(root, 0)])
    while queue:
        node, depth = queue.popleft()
        if node:
            sums[depth % 2] += node.val
            queue.append((node.left, depth + 1))
            queue.append((node.right, depth + 1))
    return max(sums)
