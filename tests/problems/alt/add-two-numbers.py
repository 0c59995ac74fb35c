from drill.kit import ListNode


def add_two_numbers(l1, l2):
    # recursive, carrying into the next call
    def add(a, b, carry):
        if a is None and b is None and not carry:
            return None
        total = carry + (a.val if a else 0) + (b.val if b else 0)
        return ListNode(total % 10, add(a.next if a else None, b.next if b else None, total // 10))

    return add(l1, l2, 0)
