# verdict: wrong_answer
# Splices the nodes of list2 into list1, but after each splice steps past the list1 node the
# spliced node points at, as if both lists advanced: a second list2 node smaller than that
# list1 node then lands after it.
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = ListNode(0, list1)
    prev = dummy
    while list2 is not None:
        while prev.next is not None and prev.next.val <= list2.val:
            prev = prev.next
        node, list2 = list2, list2.next
        node.next = prev.next
        prev.next = node
        prev = node.next or node
    return dummy.next
