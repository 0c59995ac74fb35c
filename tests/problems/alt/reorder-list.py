def reorder_list(head):
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    order = []
    i, j = 0, len(nodes) - 1
    while i <= j:
        order.append(nodes[i])
        if i != j:
            order.append(nodes[j])
        i += 1
        j -= 1
    for a, b in zip(order, order[1:]):
        a.next = b
    order[-1].next = None
    return order[0]
