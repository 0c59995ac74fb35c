def zigzag_level_order(root):
    levels = []

    def walk(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 0)
    return [lv if d % 2 == 0 else lv[::-1] for d, lv in enumerate(levels)]
