# verdict: too_slow
# correct, but ranks every node by counting the smaller values with a walk of the whole tree: O(n^2)
def kth_smallest(root, k):
    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            nodes.append(node)
            stack += [node.left, node.right]
    answer = None
    for candidate in nodes:
        smaller = sum(1 for other in nodes if other.val < candidate.val)
        if smaller == k - 1:
            answer = candidate.val
    return answer
