# verdict: wrong_answer
# reverses the WHOLE list in place, then walks "the original" from the old head, which is now a
# one-node tail: only the first and last values ever get compared
def is_palindrome(head):
    prev, cur = None, head
    while cur is not None:
        cur.next, prev, cur = prev, cur, cur.next
    a, b = head, prev
    while a is not None and b is not None:
        if a.val != b.val:
            return False
        a, b = a.next, b.next
    return True
