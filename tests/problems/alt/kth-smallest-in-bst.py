def kth_smallest(root, k):
    # Morris in-order walk: thread each node's predecessor to it instead of using a stack
    node = root
    while node is not None:
        if node.left is None:
            k -= 1
            if k == 0:
                return node.val
            node = node.right
        else:
            pred = node.left
            while pred.right is not None and pred.right is not node:
                pred = pred.right
            if pred.right is None:
                pred.right = node
                node = node.left
            else:
                pred.right = None
                k -= 1
                if k == 0:
                    return node.val
                node = node.right
    raise ValueError("k is larger than the tree")
