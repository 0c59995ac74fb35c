# verdict: runtime_error
# descends by subtree sizes but forgets to count the node itself when it goes right (k - left, not k - left - 1), so it lands one place too far and can walk off the tree
def kth_smallest(root, k):
    def size(node):
        return 0 if node is None else 1 + size(node.left) + size(node.right)

    node = root
    while True:
        left = size(node.left)
        if k <= left:
            node = node.left
        elif k == left + 1:
            return node.val
        else:
            k -= left
            node = node.right
