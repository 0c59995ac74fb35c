# verdict: wrong_answer
# "Reverses" each full group by swapping the values of its first and last nodes, which is a
# reversal only for groups of up to three nodes.
def reverse_k_group(head, k):
    node = head
    while True:
        group = []
        probe = node
        while probe is not None and len(group) < k:
            group.append(probe)
            probe = probe.next
        if len(group) < k:
            return head
        group[0].val, group[-1].val = group[-1].val, group[0].val
        node = probe
