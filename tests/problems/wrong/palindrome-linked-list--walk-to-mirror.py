# verdict: too_slow
# correct and O(1) in memory, but reaches each node's mirror partner by walking from the head:
# O(n^2) time instead of O(n)
def is_palindrome(head):
    n, node = 0, head
    while node is not None:
        n += 1
        node = node.next
    left = head
    for i in range(n // 2):
        right = head
        for _ in range(n - 1 - i):
            right = right.next
        if left.val != right.val:
            return False
        left = left.next
    return True
