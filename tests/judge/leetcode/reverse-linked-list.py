# the user's own ListNode class, returned as such
# Definition for singly-linked list.
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            nxt = head.next
            head.next = prev
            prev, head = head, nxt
        out = None
        # rebuild in the user's own class to prove duck typing
        vals = []
        while prev:
            vals.append(prev.val)
            prev = prev.next
        for v in reversed(vals):
            out = ListNode(v, out)
        return out
