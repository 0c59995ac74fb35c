def right_side_view(root):
    seen = {}

    def walk(node, depth):
        if node is None:
            return
        seen[depth] = node.val  # later (more to the right) visits overwrite
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 0)
    return [seen[d] for d in range(len(seen))]
