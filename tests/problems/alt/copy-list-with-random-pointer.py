from drill.kit import RandomNode


def copy_random_list(head):
    """Weave a copy after every node, set the randoms, then unweave."""
    node = head
    while node is not None:
        node.next = RandomNode(node.val, node.next)
        node = node.next.next
    node = head
    while node is not None:
        node.next.random = node.random.next if node.random is not None else None
        node = node.next.next
    new_head = head.next if head is not None else None
    node = head
    while node is not None:
        twin = node.next
        node.next = twin.next
        twin.next = twin.next.next if twin.next is not None else None
        node = node.next
    return new_head
