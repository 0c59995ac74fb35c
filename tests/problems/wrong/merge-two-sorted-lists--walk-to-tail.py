# verdict: too_slow
# correct, but keeps no tail pointer: it walks from the head to the end of the merged list before
# attaching each node, O(n^2) instead of O(n)
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = ListNode()
    while list1 is not None or list2 is not None:
        if list2 is None or (list1 is not None and list1.val <= list2.val):
            node, list1 = list1, list1.next
        else:
            node, list2 = list2, list2.next
        tail = dummy
        while tail.next is not None:
            tail = tail.next
        tail.next = node
        node.next = None
    return dummy.next
