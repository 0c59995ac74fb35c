# verdict: wrong_answer
# reverses the short leftover group at the end too, instead of leaving it in its original order
def reverse_k_group(head, k):
    if head is None:
        return None
    prev, cur, count = None, head, 0
    while cur is not None and count < k:
        cur.next, prev, cur = prev, cur, cur.next
        count += 1
    head.next = reverse_k_group(cur, k)
    return prev
