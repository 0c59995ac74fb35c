# verdict: wrong_answer
# reverses the list: with a cycle the reversal comes back out at the original head. But a single
# node without a cycle also "comes back" as the head of its own reversal
def has_cycle(head):
    prev, node = None, head
    while node is not None:
        node.next, prev, node = prev, node, node.next
    return head is not None and prev is head
