# verdict: too_slow
# correct, but keeps the visited nodes in a list: each `in` test scans it, O(n^2) in all
def has_cycle(head):
    seen = []
    node = head
    while node is not None:
        if node in seen:
            return True
        seen.append(node)
        node = node.next
    return False
