# verdict: wrong_answer
# flips the order children are queued instead of reversing each level's output; from the third
# level on the nodes come out in the wrong order
def zigzag_level_order(root):
    out = []
    level = [root] if root else []
    left_first = False
    while level:
        out.append([node.val for node in level])
        nxt = []
        for node in level:
            kids = (node.left, node.right) if left_first else (node.right, node.left)
            nxt += [c for c in kids if c is not None]
        level = nxt
        left_first = not left_first
    return out
