# verdict: wrong_answer
# Guards against a cyclic list by remembering the values it has seen and stopping at a repeat,
# but a repeated VALUE is not a repeated node: the list is cut at the first duplicate value.
def reverse_between(head, left, right):
    nodes, seen = [], set()
    node = head
    while node is not None and node.val not in seen:
        seen.add(node.val)
        nodes.append(node)
        node = node.next
    right = min(right, len(nodes))
    nodes[left - 1:right] = nodes[left - 1:right][::-1]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    nodes[-1].next = None
    return nodes[0]
