# verdict: wrong_answer
# finds each random target by its value instead of by its node: with repeated values, a random
# pointer goes to the copy of the last node holding that value
from drill.kit import RandomNode


def copy_random_list(head):
    copies, where = [], {}
    node = head
    while node is not None:
        where[node.val] = len(copies)
        copies.append(RandomNode(node.val))
        node = node.next
    for a, b in zip(copies, copies[1:]):
        a.next = b
    node, i = head, 0
    while node is not None:
        if node.random is not None:
            copies[i].random = copies[where[node.random.val]]
        node, i = node.next, i + 1
    return copies[0] if copies else None
