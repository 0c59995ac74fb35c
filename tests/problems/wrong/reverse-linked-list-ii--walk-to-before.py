# verdict: too_slow
# correct, but for each node it moves to the front of the run it walks from the head again to
# find the node before the run: O(n * (right - left)) instead of one pass
from drill.kit import ListNode


def reverse_between(head, left, right):
    dummy = ListNode(0, head)

    def before_run():
        node = dummy
        for _ in range(left - 1):
            node = node.next
        return node

    tail = before_run().next
    for _ in range(right - left):
        before = before_run()
        moved = tail.next
        tail.next = moved.next
        moved.next = before.next
        before.next = moved
    return dummy.next
