# verdict: wrong_answer
# keeps one running maximum for the whole walk, so a large value in one branch spoils its siblings
def good_nodes(root):
    highest = float("-inf")

    def walk(node):
        nonlocal highest
        if node is None:
            return 0
        good = 0
        if node.val >= highest:
            good = 1
            highest = node.val
        return good + walk(node.left) + walk(node.right)

    return walk(root)
