# verdict: wrong_answer
# checks that at most one value occurs an odd number of times, which only says the values COULD
# be rearranged into a palindrome: 1 -> 2 -> 1 -> 2 passes
from collections import Counter


def is_palindrome(head):
    counts = Counter()
    while head is not None:
        counts[head.val] += 1
        head = head.next
    return sum(c % 2 for c in counts.values()) <= 1
