# verdict: too_slow
# correct, but inserts each node of the second list into the first by searching for its place
# from the head every time: O(n * m) instead of O(n + m)
from drill.kit import ListNode


def merge_two_lists(list1, list2):
    dummy = ListNode(0, list1)
    while list2 is not None:
        node, list2 = list2, list2.next
        spot = dummy
        while spot.next is not None and spot.next.val <= node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
    return dummy.next
