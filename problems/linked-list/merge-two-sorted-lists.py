"""Merge Two Sorted Lists

`list1` and `list2` are singly linked lists, each sorted in non-decreasing order (either may be
empty). Splice them into one sorted list and return its head. When values tie, either order is
fine: the values in the result are what is compared.

Constraints: 0 <= length of each list <= 50 * 10^3; -100 <= node.val <= 100.

Example: 1 -> 3 -> 5 and 2 -> 3 -> 6  merge into  1 -> 2 -> 3 -> 3 -> 5 -> 6

Example: None and 0  merge into  0
"""

from hypothesis import strategies as st

from drill.kit import ListNode

TITLE = "Merge Two Sorted Lists"
CATEGORY = "linked-list"
PATTERNS = ["k-way-merge", "two-pointers"]
DIFFICULTY = "easy"
FUNCTION = "merge_two_lists"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 15


def reference(list1: ListNode | None, list2: ListNode | None) -> ListNode | None:
    dummy = tail = ListNode()
    while list1 is not None and list2 is not None:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = list1 if list1 is not None else list2
    return dummy.next


_sorted_list = st.lists(st.integers(-10, 10), max_size=20).map(sorted)


def inputs():
    return st.fixed_dictionaries({"list1": _sorted_list, "list2": _sorted_list})


EXAMPLES = [
    ({"list1": [1, 3, 5], "list2": [2, 3, 6]}, [1, 2, 3, 3, 5, 6]),
    ({"list1": [], "list2": []}, []),
    ({"list1": [], "list2": [0]}, [0]),
    ({"list1": [4], "list2": []}, [4]),
    ({"list1": [1, 2, 3], "list2": [7, 8, 9]}, [1, 2, 3, 7, 8, 9]),
    ({"list1": [5, 6, 7], "list2": [1]}, [1, 5, 6, 7]),
    ({"list1": [-3, -3], "list2": [-3]}, [-3, -3, -3]),
]


def large(n, rng):
    return {
        "list1": sorted(rng.randint(-100, 100) for _ in range(n // 2)),
        "list2": sorted(rng.randint(-100, 100) for _ in range(n - n // 2)),
    }
