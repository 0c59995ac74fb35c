# verdict: wrong_answer
# stops comparing when sub_root runs out, so a subtree with extra nodes below still "matches"
def is_subtree(root, sub_root):
    def covers(a, b):
        if b is None:
            return True
        if a is None:
            return False
        return a.val == b.val and covers(a.left, b.left) and covers(a.right, b.right)

    def walk(node):
        return node is not None and (covers(node, sub_root) or walk(node.left) or walk(node.right))

    return walk(root)
