# verdict: too_slow
# correct, but collects the nodes and peels one off each end with slicing until the middle is
# left; every slice copies the rest of the list: O(n^2) instead of O(n)
def middle_node(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    while len(nodes) > 2:
        nodes = nodes[1:-1]
    return nodes[-1]
