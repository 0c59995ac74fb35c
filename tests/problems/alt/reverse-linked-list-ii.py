from drill.kit import to_linked


def reverse_between(head, left, right):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    values[left - 1:right] = values[left - 1:right][::-1]
    return to_linked(values)
