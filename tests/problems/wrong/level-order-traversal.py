# verdict: wrong_answer
# Uses a stack instead of a queue, so each level after the first comes out in the wrong order.
def level_order(root):
    levels = []
    current = [root] if root else []
    while current:
        levels.append([node.val for node in current])
        nxt = []
        while current:
            node = current.pop()
            for child in (node.left, node.right):
                if child:
                    nxt.append(child)
        current = nxt
    return levels
