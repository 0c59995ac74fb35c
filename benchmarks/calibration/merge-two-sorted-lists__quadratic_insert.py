# expect: too_slow
# O(n^2): insert each node of list2 into list1 by walking from the head every time.
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = ListNode(0, list1)
    while list2:
        node, list2 = list2, list2.next
        prev = dummy
        while prev.next and prev.next.val <= node.val:
            prev = prev.next
        node.next, prev.next = prev.next, node
    return dummy.next
