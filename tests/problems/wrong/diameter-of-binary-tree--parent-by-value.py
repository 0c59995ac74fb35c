# verdict: wrong_answer
# treats the tree as a graph (farthest node from the root, then farthest from that one), but keys
# the adjacency by node.val, so nodes that share a value are merged into one vertex
from collections import defaultdict, deque


def diameter_of_binary_tree(root):
    if root is None:
        return 0
    adj = defaultdict(set)
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                adj[node.val].add(child.val)
                adj[child.val].add(node.val)
                stack.append(child)

    def farthest(start):
        dist = {start: 0}
        queue = deque([start])
        while queue:
            v = queue.popleft()
            for w in adj[v]:
                if w not in dist:
                    dist[w] = dist[v] + 1
                    queue.append(w)
        end = max(dist, key=dist.get)
        return end, dist[end]

    end, _ = farthest(root.val)
    return farthest(end)[1]
