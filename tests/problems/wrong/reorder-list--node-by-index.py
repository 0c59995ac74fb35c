# verdict: too_slow
# correct, but fetches node i by walking from the head, as if the list were an array: O(n) per
# lookup, O(n^2) in all
import itertools


def reorder_list(head):
    def node_at(i):
        node = head
        for _ in range(i):
            node = node.next
        return node

    n = 0
    node = head
    while node is not None:
        n += 1
        node = node.next
    order = []
    i, j = 0, n - 1
    while i <= j:
        order.append(node_at(i))
        if i != j:
            order.append(node_at(j))
        i, j = i + 1, j - 1
    for a, b in itertools.pairwise(order):
        a.next = b
    order[-1].next = None
    return head
