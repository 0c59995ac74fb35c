# verdict: wrong_answer
# Stops when either list runs out and forgets to attach the rest of the other one.
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = tail = ListNode()
    while list1 and list2:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    return dummy.next
