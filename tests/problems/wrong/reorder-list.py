# verdict: wrong_answer
# Weaves the reversed second half into the first and stops when it reaches the middle node,
# but recognises the middle by its value (first.val == middle.val) where identity was meant: a
# first-half node with the same value stops the weave early.
def reorder_list(head):
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    middle = slow
    prev, cur = None, slow.next
    slow.next = None
    while cur is not None:
        cur.next, prev, cur = prev, cur, cur.next
    first, second = head, prev
    while second is not None:
        nxt1, nxt2 = first.next, second.next
        first.next = second
        second.next = nxt1
        if first.val == middle.val:
            second.next = None
            break
        first, second = nxt1, nxt2
    return head
