# verdict: too_slow
# correct, but steps forward one node at a time and recounts the nodes left after each step to
# see whether it has reached the middle: O(n^2) instead of O(n)
def middle_node(head):
    def count(node):
        total = 0
        while node is not None:
            total += 1
            node = node.next
        return total

    whole = count(head)
    node = head
    while count(node) > whole - whole // 2:
        node = node.next
    return node
