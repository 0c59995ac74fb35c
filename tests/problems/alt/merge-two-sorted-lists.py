from drill.kit import ListNode


def merge_two_lists(list1, list2):
    if list1 is None:
        return list2
    if list2 is None:
        return list1
    values = []
    for node in (list1, list2):
        while node:
            values.append(node.val)
            node = node.next
    head = None
    for v in sorted(values, reverse=True):
        head = ListNode(v, head)
    return head
