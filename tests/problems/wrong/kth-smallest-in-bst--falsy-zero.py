# verdict: wrong_answer
# passes "found" up the recursion with `if found:`, so a k-th smallest value of 0 is treated as not found
def kth_smallest(root, k):
    count = 0

    def walk(node):
        nonlocal count
        if node is None:
            return None
        found = walk(node.left)
        if found:
            return found
        count += 1
        if count == k:
            return node.val
        return walk(node.right)

    return walk(root)
