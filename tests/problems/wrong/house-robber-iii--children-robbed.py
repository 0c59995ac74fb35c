# verdict: wrong_answer
# When a node is not robbed, assumes its children are: it adds the children's "robbed" values
# instead of the better of robbed and not robbed for each.
def rob(root):
    def best(node):
        if node is None:
            return 0, 0
        left_in, left_out = best(node.left)
        right_in, right_out = best(node.right)
        return node.val + left_out + right_out, left_in + right_in

    return max(best(root))
