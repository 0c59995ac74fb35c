# verdict: too_slow
# correct, but counts every remaining node before each group to decide whether a full group is
# left: O(n^2 / k) instead of O(n)
from drill.kit import ListNode


def reverse_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while True:
        rest, node = 0, before.next
        while node is not None:
            rest += 1
            node = node.next
        if rest < k:
            return dummy.next
        first = before.next
        prev, cur = None, first
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev
        first.next = cur
        before = first
