# verdict: runtime_error
# no dummy node: when n equals the length, fast runs off the end and fast.next crashes (removing the head)
def remove_nth_from_end(head, n):
    fast = slow = head
    for _ in range(n):
        fast = fast.next
    while fast.next is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return head
