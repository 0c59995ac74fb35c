# verdict: wrong_answer
# stops when the shorter number runs out and drops the longer one's remaining digits
from drill.kit import ListNode


def add_two_numbers(l1, l2):
    dummy = tail = ListNode(0)
    carry = 0
    while l1 is not None and l2 is not None:
        carry, digit = divmod(carry + l1.val + l2.val, 10)
        tail.next = tail = ListNode(digit)
        l1, l2 = l1.next, l2.next
    if carry:
        tail.next = ListNode(carry)
    return dummy.next
