# verdict: wrong_answer
# copies in one pass and looks the random target up among the copies made so far: a random
# pointer to a later node finds nothing and is left None
from drill.kit import RandomNode


def copy_random_list(head):
    copies = {}
    dummy = RandomNode(0)
    tail = dummy
    node = head
    while node is not None:
        twin = RandomNode(node.val)
        copies[node] = twin
        twin.random = copies.get(node.random) if node.random is not None else None
        tail.next = twin
        tail = twin
        node = node.next
    return dummy.next
