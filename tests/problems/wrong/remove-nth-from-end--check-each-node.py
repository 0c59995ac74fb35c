# verdict: too_slow
# correct, but for each node walks n steps ahead to see whether the list ends exactly there:
# O(length * n) instead of one pass
from drill.kit import ListNode


def remove_nth_from_end(head, n):
    dummy = ListNode(0, head)
    prev = dummy
    while True:
        probe = prev.next
        for _ in range(n):
            probe = probe.next
        if probe is None:
            prev.next = prev.next.next
            return dummy.next
        prev = prev.next
