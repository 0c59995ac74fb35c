# verdict: wrong_answer
# finds the value of the n-th node from the end, then unlinks the FIRST node holding that value,
# which is a different node when the value repeats earlier in the list
from drill.kit import ListNode


def remove_nth_from_end(head, n):
    values = []
    node = head
    while node is not None:
        values.append(node.val)
        node = node.next
    target = values[-n]
    dummy = ListNode(0, head)
    prev = dummy
    while prev.next.val != target:
        prev = prev.next
    prev.next = prev.next.next
    return dummy.next
