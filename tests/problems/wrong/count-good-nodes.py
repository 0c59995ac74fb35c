# verdict: wrong_answer
# compares each node with its parent only, not with the largest value on the whole path
def good_nodes(root):
    count, stack = 1, [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                count += child.val >= node.val
                stack.append(child)
    return count
