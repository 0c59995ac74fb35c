# verdict: runtime_error
# Reads head.next before checking for an empty list, so None crashes with AttributeError.
def reverse_list(head):
    prev, cur, nxt = None, head, head.next
    while cur is not None:
        cur.next = prev
        prev, cur = cur, nxt
        nxt = nxt.next if nxt is not None else None
    return prev
