# verdict: too_slow
# correct, but builds the reversed list by walking to the current last node, detaching it and
# appending it, over and over: O(n^2) instead of O(n)
from drill.kit import ListNode


def reverse_list(head):
    dummy = ListNode()
    tail = dummy
    while head is not None:
        if head.next is None:
            last, head = head, None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            last = before.next
            before.next = None
        tail.next = last
        tail = last
    return dummy.next
