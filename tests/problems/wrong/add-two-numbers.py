# verdict: wrong_answer
# forgets the carry left over after the last digits, so 5 + 5 gives 0 instead of 10
from drill.kit import ListNode


def add_two_numbers(l1, l2):
    dummy = tail = ListNode(0)
    carry = 0
    while l1 is not None or l2 is not None:
        total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
        carry, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)
        l1 = l1.next if l1 else None
        l2 = l2.next if l2 else None
    return dummy.next
