# verdict: too_slow
# correct, but ignores the ordering: the general binary-tree search visits every node, O(n) not O(h)
def lowest_common_ancestor(root, p, q):
    parent, stack = {root: None}, [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)
    by_value = {node.val: node for node in parent}
    seen, node = set(), by_value[p]
    while node is not None:
        seen.add(node)
        node = parent[node]
    node = by_value[q]
    while node not in seen:
        node = parent[node]
    return node
