# verdict: too_slow
# correct, but moves the current last node into place by walking to the end of the list for each
# move: O(n^2) instead of O(n)
def reorder_list(head):
    node = head
    while node.next is not None and node.next.next is not None:
        before_last = node
        while before_last.next.next is not None:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = node.next
        node.next = last
        node = last.next
    return head
