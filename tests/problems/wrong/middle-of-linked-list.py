# verdict: wrong_answer
# starts fast one node ahead, so an even-length list returns the FIRST middle instead of the second
def middle_node(head):
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    return slow
