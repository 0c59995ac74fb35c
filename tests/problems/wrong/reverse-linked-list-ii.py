# verdict: wrong_answer
# no dummy node: when left == 1 the old head is returned, though it has moved to position `right`
def reverse_between(head, left, right):
    before = None
    cur = head
    for _ in range(left - 1):
        before = cur
        cur = cur.next
    start = cur
    prev = None
    for _ in range(right - left + 1):
        cur.next, prev, cur = prev, cur, cur.next
    start.next = cur
    if before is not None:
        before.next = prev
    return head
