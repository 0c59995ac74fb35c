# verdict: wrong_answer
# memoizes subtree heights in a dict keyed by node.val instead of by node, so two nodes with the
# same value share whichever height was stored first
def diameter_of_binary_tree(root):
    memo = {}

    def height(node):
        if node is None:
            return 0
        if node.val not in memo:
            memo[node.val] = 1 + max(height(node.left), height(node.right))
        return memo[node.val]

    best = 0
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        best = max(best, height(node.left) + height(node.right))
        stack += [c for c in (node.left, node.right) if c]
    return best
