# verdict: wrong_answer
# remembers the values seen instead of the nodes: two nodes with equal values look like a cycle
def has_cycle(head):
    seen = set()
    node = head
    while node is not None:
        if node.val in seen:
            return True
        seen.add(node.val)
        node = node.next
    return False
