# verdict: wrong_answer
# Orders the values by their position, last first, taking the position from values.index(v):
# index() finds the FIRST copy, so repeated values are all placed where the first one stood.
from drill.kit import ListNode


def reverse_list(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    dummy = tail = ListNode()
    for v in sorted(values, key=values.index, reverse=True):
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
