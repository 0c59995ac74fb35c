from drill.kit import to_linked


def remove_nth_from_end(head, n):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    del values[len(values) - n]
    return to_linked(values)
