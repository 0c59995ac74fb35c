# verdict: wrong_answer
# Memoises the answer by the head's value, as if a list were known by its first value: a later
# list that starts with the same value gets the earlier list's middle.
_seen = {}


def middle_node(head):
    if head.val in _seen:
        return _seen[head.val]
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    _seen[head.val] = slow
    return slow
