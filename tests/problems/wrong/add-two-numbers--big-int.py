# verdict: too_slow
# correct, but builds Python integers with powers of ten and peels digits off with divmod: O(n^2)
from drill.kit import ListNode


def add_two_numbers(l1, l2):
    def value(node):
        total, scale = 0, 1
        while node is not None:
            total += node.val * scale
            scale *= 10
            node = node.next
        return total

    total = value(l1) + value(l2)
    dummy = tail = ListNode(0)
    while True:
        total, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)
        if total == 0:
            return dummy.next
