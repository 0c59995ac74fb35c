# expect: accepted
# O(n log n): collect every node, sort by value, relink.
from itertools import pairwise


def merge_two_lists(list1, list2):
    nodes = []
    for node in (list1, list2):
        while node:
            nodes.append(node)
            node = node.next
    nodes.sort(key=lambda node: node.val)
    for a, b in pairwise(nodes):
        a.next = b
    if nodes:
        nodes[-1].next = None
        return nodes[0]
    return None
