# verdict: wrong_answer
# Remembers each node's predecessor in a dict keyed by the node's VALUE, so with a repeated
# value the later copy's predecessor wins and the node unlinked is the wrong one.
def remove_nth_from_end(head, n):
    before = {}
    nodes = []
    prev, node = None, head
    while node is not None:
        before[node.val] = prev
        nodes.append(node)
        prev, node = node, node.next
    target = nodes[-n]
    if target is head:
        return head.next
    p = before[target.val]
    if p is None:
        return head.next
    p.next = p.next.next
    return head
