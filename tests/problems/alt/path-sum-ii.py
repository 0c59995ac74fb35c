def path_sum(root, target_sum):
    if root is None:
        return []
    if root.left is None and root.right is None:
        return [[root.val]] if root.val == target_sum else []
    rest = target_sum - root.val
    return [[root.val] + p for child in (root.left, root.right) for p in path_sum(child, rest)]
