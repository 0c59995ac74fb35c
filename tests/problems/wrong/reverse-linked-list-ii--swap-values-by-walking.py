# verdict: too_slow
# correct, but swaps the values at positions left+i and right-i, finding each node by walking
# from the head: O(n^2) instead of one pass
def reverse_between(head, left, right):
    def node_at(pos):
        node = head
        for _ in range(pos - 1):
            node = node.next
        return node

    while left < right:
        a, b = node_at(left), node_at(right)
        a.val, b.val = b.val, a.val
        left, right = left + 1, right - 1
    return head
