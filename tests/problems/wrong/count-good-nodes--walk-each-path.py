# verdict: too_slow
# correct, but climbs back to the root from every node to find its path maximum: O(n * height)
def good_nodes(root):
    parent, stack = {root: None}, [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)
    count = 0
    for node in parent:
        up, good = parent[node], True
        while up is not None:
            if up.val > node.val:
                good = False
                break
            up = parent[up]
        count += good
    return count
