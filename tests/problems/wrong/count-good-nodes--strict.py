# verdict: wrong_answer
# requires a good node to be strictly larger than everything above it, so ties are not counted
def good_nodes(root):
    count, stack = 1, [(root.left, root.val), (root.right, root.val)]
    while stack:
        node, highest = stack.pop()
        if node is None:
            continue
        if node.val > highest:
            count += 1
        highest = max(highest, node.val)
        stack += [(node.left, highest), (node.right, highest)]
    return count
