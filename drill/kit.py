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


class GraphNode:
    """A node of an undirected graph, as LeetCode's Clone Graph defines `Node`."""

    __slots__ = ("neighbors", "val")

    def __init__(self, val: int = 0, neighbors: list[GraphNode] | None = None) -> None:
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self) -> str:
        return f"GraphNode({self.val})"


def to_graph(adjacency: list[list[int]]) -> GraphNode | None:
    """Node 1 of the graph whose node i+1 has the neighbours `adjacency[i]`; [] gives None."""
    nodes = [GraphNode(i + 1) for i in range(len(adjacency))]
    for node, neighbours in zip(nodes, adjacency, strict=True):
        node.neighbors = [nodes[v - 1] for v in neighbours]
    return nodes[0] if nodes else None


def graph_nodes(start: Any, limit: int = 1_000_000) -> list[Any]:
    """Every node reachable from `start`, breadth first (None gives [])."""
    if start is None:
        return []
    seen = {id(start)}
    order = [start]
    queue = deque([start])
    while queue:
        for other in queue.popleft().neighbors:
            if id(other) not in seen:
                if len(order) >= limit:
                    raise ValueError(f"graph has more than {limit} nodes")
                seen.add(id(other))
                order.append(other)
                queue.append(other)
    return order


def from_graph(start: Any) -> list[list[int]]:
    """The adjacency list of the graph reachable from `start`, indexed by value - 1."""
    nodes = graph_nodes(start)
    if not nodes:
        return []
    out: list[list[int]] = [[] for _ in range(max(n.val for n in nodes))]
    for node in nodes:
        out[node.val - 1] = [other.val for other in node.neighbors]
    return out


class RandomNode:
    """A linked-list node with a `random` pointer, as LeetCode's Copy List defines `Node`."""

    __slots__ = ("next", "random", "val")

    def __init__(
        self, x: int = 0, next: RandomNode | None = None, random: RandomNode | None = None
    ) -> None:
        self.val = x
        self.next = next
        self.random = random

    def __repr__(self) -> str:
        return f"RandomNode({self.val})"


def to_random_list(pairs: list[list[Any]]) -> RandomNode | None:
    """A list from [value, index of the random target or None] pairs; [] gives None."""
    nodes = [RandomNode(value) for value, _ in pairs]
    for i, (node, (_, target)) in enumerate(zip(nodes, pairs, strict=True)):
        node.next = nodes[i + 1] if i + 1 < len(nodes) else None
        node.random = None if target is None else nodes[target]
    return nodes[0] if nodes else None


def random_list_nodes(head: Any, limit: int = 1_000_000) -> list[Any]:
    """The nodes of a list with random pointers, in `next` order (a cycle raises ValueError)."""
    out: list[Any] = []
    node = head
    while node is not None:
        if len(out) >= limit:
            raise ValueError(f"linked list has a cycle or more than {limit} nodes")
        out.append(node)
        node = node.next
    return out


def from_random_list(head: Any) -> list[list[Any]]:
    """[value, index of the random target or None] for each node of the list."""
    nodes = random_list_nodes(head)
    index = {id(node): i for i, node in enumerate(nodes)}
    out: list[list[Any]] = []
    for node in nodes:
        target = node.random
        if target is not None and id(target) not in index:
            raise ValueError("a random pointer leads to a node that is not in the list")
        out.append([node.val, None if target is None else index[id(target)]])
    return out
