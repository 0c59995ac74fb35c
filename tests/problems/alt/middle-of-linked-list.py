def middle_node(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes[len(nodes) // 2]
