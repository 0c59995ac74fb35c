# verdict: too_slow
# correct, but finds each random target's position by walking from the head, then walks the copy
# to the same position: O(n^2)
from drill.kit import RandomNode


def copy_random_list(head):
    dummy = RandomNode(0)
    tail, node = dummy, head
    while node is not None:
        tail.next = RandomNode(node.val)
        tail, node = tail.next, node.next
    node, twin = head, dummy.next
    while node is not None:
        if node.random is not None:
            k, probe = 0, head
            while probe is not node.random:
                probe, k = probe.next, k + 1
            target = dummy.next
            for _ in range(k):
                target = target.next
            twin.random = target
        node, twin = node.next, twin.next
    return dummy.next
