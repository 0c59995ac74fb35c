# verdict: wrong_answer
# starts the path maximum at 0 instead of minus infinity, so negative values are never good
def good_nodes(root):
    def walk(node, highest):
        if node is None:
            return 0
        good = node.val >= highest
        highest = max(highest, node.val)
        return good + walk(node.left, highest) + walk(node.right, highest)

    return walk(root, 0)
