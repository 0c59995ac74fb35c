from collections import deque


def good_nodes(root):
    # breadth first, carrying the path maximum with each node
    count, queue = 0, deque([(root, float("-inf"))])
    while queue:
        node, highest = queue.popleft()
        if node is None:
            continue
        if node.val >= highest:
            count += 1
            highest = node.val
        queue.append((node.left, highest))
        queue.append((node.right, highest))
    return count
