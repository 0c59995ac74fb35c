"""Node types for linked-list and tree problems, and converters to and from plain lists."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any


class ListNode:
    """A singly linked list node, as interview problems define it."""

    __slots__ = ("next", "val")

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({from_linked(self)!r})"


class TreeNode:
    """A binary tree node, as interview problems define it."""

    __slots__ = ("left", "right", "val")

    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({from_tree(self)!r})"


def to_linked(values: Iterable[Any]) -> ListNode | None:
    """Build a linked list from values; an empty iterable gives None."""
    head: ListNode | None = None
    for value in reversed(list(values)):
        head = ListNode(value, head)
    return head


def from_linked(head: ListNode | None, limit: int = 1_000_000) -> list[Any]:
    """The values of a linked list; raises ValueError on a cycle (more than `limit` nodes)."""
    out: list[Any] = []
    node = head
    while node is not None:
        if len(out) >= limit:
            raise ValueError(f"linked list has a cycle or more than {limit} nodes")
        out.append(node.val)
        node = node.next
    return out


def to_tree(values: Iterable[Any]) -> TreeNode | None:
    """Build a tree from its level-order list with None for missing children."""
    items = list(values)
    if not items or items[0] is None:
        return None
    root = TreeNode(items[0])
    queue: deque[TreeNode] = deque([root])
    i = 1
    while queue and i < len(items):
        node = queue.popleft()
        if i < len(items) and items[i] is not None:
            node.left = TreeNode(items[i])
            queue.append(node.left)
        i += 1
        if i < len(items) and items[i] is not None:
            node.right = TreeNode(items[i])
            queue.append(node.right)
        i += 1
    return root


def from_tree(root: TreeNode | None, limit: int = 1_000_000) -> list[Any]:
    """The level-order list of a tree, None for missing children, trailing Nones trimmed."""
    out: list[Any] = []
    queue: deque[TreeNode | None] = deque([root])
    seen = 0
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        seen += 1
        if seen > limit:
            raise ValueError(f"tree has a cycle or more than {limit} nodes")
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def grow_tree(size: int, value: Callable[[], Any], pick: Callable[[int], int]) -> list[Any]:
    """A random-shaped tree of `size` nodes as a level-order list, for problem authors.

    Each new node takes a free child slot chosen by `pick(number_of_free_slots)` and a value from
    `value()`: pass `rng.randrange` / `rng.randint` in `large`, or Hypothesis draws in a strategy.
    """
    if size <= 0:
        return []
    root = TreeNode(value())
    slots: list[tuple[TreeNode, str]] = [(root, "left"), (root, "right")]
    for _ in range(size - 1):
        node, side = slots.pop(pick(len(slots)))
        child = TreeNode(value())
        setattr(node, side, child)
        slots += [(child, "left"), (child, "right")]
    return from_tree(root)


def insert_bst(keys: Iterable[Any]) -> TreeNode | None:
    """The binary search tree made by inserting `keys` in order (a repeated key is skipped),
    for problem authors: sorted keys give a one-sided chain, shuffled ones a random shape."""
    root: TreeNode | None = None
    for key in keys:
        if root is None:
            root = TreeNode(key)
            continue
        node = root
        while key != node.val:
            side = "left" if key < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                break
            node = child
    return root
