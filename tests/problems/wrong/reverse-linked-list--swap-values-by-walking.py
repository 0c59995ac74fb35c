# verdict: too_slow
# correct, but swaps the values of node i and node n-1-i, finding each by walking from the head:
# O(n^2) instead of O(n)
def reverse_list(head):
    def node_at(i):
        node = head
        for _ in range(i):
            node = node.next
        return node

    n, node = 0, head
    while node is not None:
        n += 1
        node = node.next
    for i in range(n // 2):
        a, b = node_at(i), node_at(n - 1 - i)
        a.val, b.val = b.val, a.val
    return head
