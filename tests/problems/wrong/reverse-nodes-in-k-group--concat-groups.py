# verdict: too_slow
# correct, but collects the nodes and builds the new order with `order = order + group`, which
# copies everything gathered so far for each group: O(n^2 / k) instead of O(n)
import itertools


def reverse_k_group(head, k):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    order = []
    for start in range(0, len(nodes), k):
        group = nodes[start : start + k]
        order = order + (group[::-1] if len(group) == k else group)
    for a, b in itertools.pairwise(order):
        a.next = b
    order[-1].next = None
    return order[0]
