# verdict: wrong_answer
# carries only when a column adds up to more than 10, so a column summing to exactly 10 writes 10
from drill.kit import ListNode


def add_two_numbers(l1, l2):
    dummy = tail = ListNode(0)
    carry = 0
    while l1 is not None or l2 is not None or carry:
        total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
        if total > 10:
            carry, total = 1, total - 10
        else:
            carry = 0
        tail.next = tail = ListNode(total)
        l1 = l1.next if l1 else None
        l2 = l2.next if l2 else None
    return dummy.next
