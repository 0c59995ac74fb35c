"""The shape of a problem: how plain data becomes a call of the user's code, and the answer plain.

One `Shape` per kind of problem replaces `is_class` branches across the judge:
- `function`: `f(**kwargs)`; parameters (and the answer) may be linked lists, trees, graphs of
  nodes, lists with random pointers or cyclic lists, converted from plain data by their kind;
  with `in_place`, the answer is that argument after the call (LeetCode's "do not return").
- `design`: a class driven by `{"init": {...}, "ops": [[method, args], ...]}`; the answer is
  the list of what each operation returned.
- `codec`: a class with an encode and a decode method (Serialize/Deserialize, Encode/Decode
  Strings): one instance encodes, a fresh one decodes, the encoding must be a `str`, and the
  answer is what came back, which must equal the input and share no node with it.

A shape is plain data (`spec()`): the worker reads it from the problem module and sends it to
the solution process, which never sees the module itself.
"""

from __future__ import annotations

import contextlib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from drill.core.names import camel
from drill.kit import (
    GraphNode,
    ListNode,
    RandomNode,
    TreeNode,
    from_graph,
    from_linked,
    from_random_list,
    from_tree,
    graph_nodes,
    random_list_nodes,
    to_graph,
    to_linked,
    to_random_list,
    to_tree,
)

Kind = str | tuple[str, Any] | None
"""How a value crosses into a call: plain (None), "list", "tree", "graph", "random_list",
"cycle_list" ([values, pos]: the tail links back to node `pos`, -1 for none), or
("seq", kind) for a list of those."""

KINDS = ("list", "tree", "graph", "random_list", "cycle_list")

Guard = Callable[[], contextlib.AbstractContextManager[None]]


class ShapeError(Exception):
    """The problem module declares a shape the judge cannot use (a ProblemBug upstream)."""


@dataclass(frozen=True)
class Shape:
    kind: str  # "function" | "design" | "codec"
    name: str  # FUNCTION: what the user defines
    params: tuple[str, ...] = ()  # the reference's parameters, in order (codec: encode's)
    kinds: dict[str, Kind] = field(default_factory=dict)  # by parameter, and "return"
    in_place: str | None = None
    codec: tuple[str, str] | None = None

    # ------------------------------------------------------------ plain data across processes

    def spec(self) -> tuple[Any, ...]:
        return (
            self.kind,
            self.name,
            self.params,
            tuple(sorted(self.kinds.items())),
            self.in_place,
            self.codec,
        )

    @classmethod
    def from_spec(cls, spec: Any) -> Shape:
        kind, name, params, kinds, in_place, codec = spec
        return cls(
            str(kind),
            str(name),
            tuple(params),
            dict(kinds),
            in_place,
            None if codec is None else (str(codec[0]), str(codec[1])),
        )

    @property
    def is_class(self) -> bool:
        return self.kind != "function"

    def node_class(self) -> type | None:
        """LeetCode's `Node` for this problem: a graph node or a list node with `random`."""
        used = set(_flat_kinds(self.kinds.values()))
        if "graph" in used:
            return GraphNode
        if "random_list" in used:
            return RandomNode
        return None

    # ------------------------------------------------------------ calling

    def prepare(self, kwargs: dict[str, Any]) -> Any:
        """Plain kwargs -> what `invoke` passes (nodes built); not timed."""
        if self.kind == "design":
            return kwargs
        return {k: to_call(v, self.kinds.get(k)) for k, v in kwargs.items()}

    def invoke(self, impl: Any, args: Any, guard: Guard = contextlib.nullcontext) -> Any:
        """The call itself (what the growth check times); only user code runs in `guard()`."""
        if self.kind == "function":
            with guard():
                return impl(**args)
        if self.kind == "design":
            with guard():
                obj = impl(**args.get("init", {}))
            results = []
            for i, (op, op_args) in enumerate(args["ops"]):
                try:
                    with guard():
                        results.append(_method(obj, op)(*op_args))
                except BaseException as exc:
                    exc.add_note(f"during operation {i}: {op}({', '.join(map(repr, op_args))})")
                    raise
            return results
        assert self.codec is not None
        encode, decode = self.codec
        (value,) = args.values()
        with guard():
            encoded = getattr(impl(), encode)(value)
        if type(encoded) is not str:
            raise TypeError(f"{encode}() returned a {type(encoded).__name__}; it must return a str")
        with guard():
            return getattr(impl(), decode)(encoded)

    def finish(self, raw: Any, args: Any) -> Any:
        """The answer as plain data, checked against the shape; not timed."""
        if self.kind == "design":
            return raw
        if self.kind == "codec":
            (param,) = args
            kind = self.kinds.get(param)
            _no_shared_nodes(raw, args, {param: kind}, kind, what=f"{self.codec[1]}()")  # type: ignore[index]
            if kind is None and raw is args[param]:
                raise TypeError(
                    f"{self.codec[1]}() returned the very object given to "  # type: ignore[index]
                    f"{self.codec[0]}(); decode the string into a new one"  # type: ignore[index]
                )
            return from_return(raw, kind)
        if self.in_place is not None:
            return from_return(args[self.in_place], self.kinds.get(self.in_place))
        kind = self.kinds.get("return")
        if kind in ("graph", "random_list"):
            _no_shared_nodes(raw, args, self.kinds, kind, what="the answer")
        return from_return(raw, kind)

    def call(self, impl: Any, kwargs: dict[str, Any], guard: Guard = contextlib.nullcontext) -> Any:
        """Call a solution (or the reference) on plain-data kwargs; plain data back."""
        args = self.prepare(kwargs)
        return self.finish(self.invoke(impl, args, guard), args)


def _method(obj: Any, op: str) -> Any:
    """`obj.op`, or its LeetCode camelCase twin (get_min -> getMin)."""
    found = getattr(obj, op, None)
    if found is None and "_" in op:
        found = getattr(obj, camel(op), None)
    return found if found is not None else getattr(obj, op)


def _flat_kinds(kinds: Any) -> typing.Iterator[str]:
    for kind in kinds:
        if isinstance(kind, tuple):
            yield from _flat_kinds([kind[1]])
        elif kind:
            yield kind


def _nodes_of(value: Any, kind: Kind) -> list[Any]:
    if value is None:
        return []
    if kind == "graph":
        return graph_nodes(value)
    if kind == "random_list":
        return random_list_nodes(value)
    if kind == "list":
        out: list[Any] = []
        while value is not None and len(out) < 1_000_000:
            out.append(value)
            value = value.next
        return out
    if kind == "tree":
        out, stack = [], [value]
        while stack:
            node = stack.pop()
            if node is not None:
                out.append(node)
                stack += [node.left, node.right]
        return out
    return []


def _no_shared_nodes(raw: Any, args: Any, kinds: dict[str, Kind], kind: Kind, what: str) -> None:
    """A deep copy shares no node with the input (Clone Graph, Copy List, a codec's round trip)."""
    if kind not in KINDS:
        return
    given = {id(n) for name, k in kinds.items() if name in args for n in _nodes_of(args[name], k)}
    if any(id(n) in given for n in _nodes_of(raw, kind)):
        raise TypeError(f"{what} reuses nodes of the input; build new nodes (a deep copy)")


# ---------------------------------------------------------------- converting values


def to_call(value: Any, kind: Kind) -> Any:
    if kind == "list":
        return to_linked(value)
    if kind == "tree":
        return to_tree(value)
    if kind == "graph":
        return to_graph(value)
    if kind == "random_list":
        return to_random_list(value)
    if kind == "cycle_list":
        values, pos = value
        head = to_linked(values)
        if pos >= 0 and head is not None:
            nodes = _nodes_of(head, "list")
            nodes[-1].next = nodes[pos]
        return head
    if isinstance(kind, tuple):
        return [to_call(v, kind[1]) for v in value]
    return value


_FIELDS = {
    "list": ("val", "next"),
    "tree": ("val", "left", "right"),
    "graph": ("val", "neighbors"),
    "random_list": ("val", "next", "random"),
}
_NAMES = {"list": "ListNode", "tree": "TreeNode", "graph": "Node", "random_list": "Node"}


def _node_like(value: Any, fields: tuple[str, ...]) -> bool:
    """A node of drill's, LeetCode's, or the user's own class of that shape."""
    return all(hasattr(value, f) for f in fields) and not isinstance(value, list | tuple | dict)


def from_return(value: Any, kind: Kind) -> Any:
    if isinstance(kind, str) and kind in _FIELDS:
        if value is not None and not _node_like(value, _FIELDS[kind]):
            raise TypeError(f"returned a {type(value).__name__}; return a {_NAMES[kind]} (or None)")
        convert: dict[str, Callable[[Any], Any]] = {
            "list": from_linked,
            "tree": from_tree,
            "graph": from_graph,
            "random_list": from_random_list,
        }
        return convert[kind](value)
    if isinstance(kind, tuple):
        return [from_return(v, kind[1]) for v in value]
    return value


# ---------------------------------------------------------------- reading kinds from annotations

_HINT_KINDS: dict[Any, str] = {
    ListNode: "list",
    TreeNode: "tree",
    GraphNode: "graph",
    RandomNode: "random_list",
}


def kind_of(hint: Any) -> Kind:
    if hint in _HINT_KINDS:
        return _HINT_KINDS[hint]
    if isinstance(hint, str):
        text = hint.replace(" ", "")
        inner = re.search(r"^(?:list|List|Sequence|tuple)\[(.*)\]$", text)
        if inner:
            kind = kind_of(inner.group(1))
            return ("seq", kind) if kind else None
        for cls, name in _HINT_KINDS.items():
            if cls.__name__ in text:
                return name
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = {k for a in args if a is not type(None) for k in [kind_of(a)] if k}
        return kinds.pop() if len(kinds) == 1 else None
    if origin in (list, tuple) and args:
        kind = kind_of(args[0])
        return ("seq", kind) if kind else None
    return None


def node_kinds(func: Any) -> dict[str, Kind]:
    """Which parameters (and 'return') are nodes, from the annotations."""
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        hints = dict(getattr(func, "__annotations__", {}))
    return {name: kind for name, hint in hints.items() if (kind := kind_of(hint))}


def _valid_kind(kind: Any) -> bool:
    if isinstance(kind, tuple):
        return len(kind) == 2 and kind[0] == "seq" and _valid_kind(kind[1])
    return kind in KINDS


def shape_of(module: Any, reference: Any, function: str) -> Shape:
    """Read a problem module's shape: FUNCTION, the reference's signature and annotations, and
    the optional IN_PLACE (a parameter name), CODEC (encode, decode) and KINDS overrides."""
    import inspect

    declared = dict(getattr(module, "KINDS", {}) or {})
    for name, kind in declared.items():
        if not _valid_kind(kind):
            raise ShapeError(f"KINDS[{name!r}] = {kind!r} is not one of {', '.join(KINDS)}")
    codec = getattr(module, "CODEC", None)
    in_place = getattr(module, "IN_PLACE", None)
    if codec is not None:
        if not (
            isinstance(reference, type)
            and isinstance(codec, list | tuple)
            and len(codec) == 2
            and all(isinstance(m, str) and callable(getattr(reference, m, None)) for m in codec)
        ):
            raise ShapeError("CODEC must name two methods of the reference class: (encode, decode)")
        encode = getattr(reference, codec[0])
        params = tuple(p for p in inspect.signature(encode).parameters if p != "self")
        if len(params) != 1:
            raise ShapeError(f"{codec[0]}() must take exactly one argument besides self")
        kinds = {**node_kinds(encode), **declared}
        kinds.pop("return", None)
        return Shape("codec", function, params, kinds, codec=(codec[0], codec[1]))
    if isinstance(reference, type):
        return Shape("design", function)
    params = tuple(inspect.signature(reference).parameters)
    if in_place is not None and in_place not in params:
        raise ShapeError(f"IN_PLACE = {in_place!r} is not a parameter of reference()")
    return Shape("function", function, params, {**node_kinds(reference), **declared}, in_place)


# ---------------------------------------------------------------- LeetCode files as they are


def leetcode_globals(shape: Shape | None = None) -> dict[str, Any]:
    """The names LeetCode's Python 3 environment gives a solution without an import."""
    import bisect
    import collections
    import functools
    import heapq
    import itertools
    import math
    import string

    names: dict[str, Any] = {
        name: getattr(typing, name)
        for name in ("List", "Optional", "Dict", "Set", "Tuple", "Deque", "DefaultDict")
    }
    names.update(
        ListNode=ListNode,
        TreeNode=TreeNode,
        collections=collections,
        deque=collections.deque,
        defaultdict=collections.defaultdict,
        Counter=collections.Counter,
        OrderedDict=collections.OrderedDict,
        heapq=heapq,
        bisect=bisect,
        math=math,
        itertools=itertools,
        functools=functools,
        lru_cache=functools.lru_cache,
        cache=functools.cache,
        string=string,
        inf=math.inf,
    )
    node = shape.node_class() if shape is not None else None
    if node is not None:
        names["Node"] = node  # Clone Graph's and Copy List's `Node`
    return names


def find_solution(namespace: dict[str, Any], shape: Shape) -> tuple[Any, str] | None:
    """The user's implementation: `shape.name`, its camelCase twin, or a method of
    LeetCode's `class Solution` (by that name, or its only public method). Returns the callable
    (taking drill's keyword arguments) and how it was found; None when there is none."""
    impl = namespace.get(shape.name)
    if impl is not None and callable(impl):
        return impl, shape.name
    if shape.is_class:
        return None
    twin = namespace.get(camel(shape.name))
    if twin is not None and callable(twin) and not isinstance(twin, type):
        return _positional(twin, shape), camel(shape.name)
    solution = namespace.get("Solution")
    if not isinstance(solution, type):
        return None
    methods = [
        m for m in vars(solution) if not m.startswith("_") and callable(getattr(solution, m))
    ]
    key = shape.name.replace("_", "").lower()  # isValidBST, lengthOfLIS, evalRPN
    wanted = [m for m in methods if m.replace("_", "").lower() == key]
    chosen = wanted[0] if wanted else (methods[0] if len(methods) == 1 else None)
    if chosen is None:
        return None
    return _positional(getattr(solution(), chosen), shape), f"Solution.{chosen}"


def _positional(func: Any, shape: Shape) -> Any:
    """Call `func` with the arguments in the reference's order: LeetCode's parameter names
    (numCourses, nums1) need not match drill's (num_courses, a)."""
    order = list(shape.params)

    def call(**kwargs: Any) -> Any:
        return func(*[kwargs[name] for name in order])

    call.__wrapped__ = func  # type: ignore[attr-defined]
    return call
