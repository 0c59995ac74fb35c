"""Problem shapes: in-place, graph of nodes, list with random pointers, cyclic list, codec.

Unit tests call a `Shape` as the solution process does; the end-to-end tests judge small problem
modules of each shape in the sandbox, with a right, a wrong and a cheating solution.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from drill.judge.runner import judge
from drill.judge.shapes import Shape, find_solution, leetcode_globals
from drill.kit import GraphNode, RandomNode, to_graph
from drill.problembank import read_meta

# ---------------------------------------------------------------- calling a shape


def test_in_place_answer_is_the_argument_after_the_call() -> None:
    shape = Shape("function", "move_zeroes", ("nums",), {}, in_place="nums")

    def move(nums: list[int]) -> None:
        nums.sort(key=lambda x: x == 0)

    assert shape.call(move, {"nums": [0, 1, 0, 3]}) == [1, 3, 0, 0]
    assert shape.call(lambda nums: sorted(nums), {"nums": [0, 1]}) == [0, 1]  # returned, unchanged


def _clone(node: Any) -> Any:
    if node is None:
        return None
    made: dict[int, GraphNode] = {}

    def copy(n: Any) -> GraphNode:
        if id(n) not in made:
            made[id(n)] = GraphNode(n.val)
            made[id(n)].neighbors = [copy(m) for m in n.neighbors]
        return made[id(n)]

    return copy(node)


GRAPH = Shape("function", "clone_graph", ("node",), {"node": "graph", "return": "graph"})


def test_graph_round_trips_through_a_deep_copy() -> None:
    adjacency = [[2, 4], [1, 3], [2, 4], [1, 3]]
    assert GRAPH.call(_clone, {"node": adjacency}) == adjacency
    assert GRAPH.call(_clone, {"node": []}) == []


def test_returning_the_input_graph_is_not_a_copy() -> None:
    with pytest.raises(TypeError, match="deep copy"):
        GRAPH.call(lambda node: node, {"node": [[2], [1]]})


def test_a_copy_that_shares_one_node_is_caught() -> None:
    def half(node: Any) -> Any:
        twin = GraphNode(node.val)
        twin.neighbors = list(node.neighbors)  # the neighbours are the input's own
        return twin

    with pytest.raises(TypeError, match="reuses nodes"):
        GRAPH.call(half, {"node": [[2], [1]]})


RANDOM = Shape(
    "function", "copy_random_list", ("head",), {"head": "random_list", "return": "random_list"}
)


def _copy_random(head: Any) -> Any:
    made: dict[int, RandomNode] = {}
    node = head
    while node is not None:
        made[id(node)] = RandomNode(node.val)
        node = node.next
    node = head
    while node is not None:
        made[id(node)].next = made.get(id(node.next)) if node.next else None
        made[id(node)].random = made[id(node.random)] if node.random else None
        node = node.next
    return made.get(id(head)) if head else None


def test_random_list_round_trips_and_sharing_is_caught() -> None:
    pairs = [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]
    assert RANDOM.call(_copy_random, {"head": pairs}) == pairs
    with pytest.raises(TypeError, match="deep copy"):
        RANDOM.call(lambda head: head, {"head": pairs})


def test_cycle_list_links_the_tail_back() -> None:
    shape = Shape("function", "has_cycle", ("head",), {"head": "cycle_list"})

    def has_cycle(head: Any) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False

    assert shape.call(has_cycle, {"head": [[3, 2, 0, -4], 1]}) is True
    assert shape.call(has_cycle, {"head": [[1, 2], -1]}) is False
    assert shape.call(has_cycle, {"head": [[], -1]}) is False


CODEC = Shape("codec", "Codec", ("strs",), {}, codec=("encode", "decode"))


class Honest:
    def encode(self, strs: list[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> list[str]:
        out, i = [], 0
        while i < len(s):
            j = s.index("#", i)
            size = int(s[i:j])
            out.append(s[j + 1 : j + 1 + size])
            i = j + 1 + size
        return out


def test_codec_round_trip() -> None:
    assert CODEC.call(Honest, {"strs": ["a#b", "", "3#"]}) == ["a#b", "", "3#"]


def test_codec_must_encode_to_a_string() -> None:
    class Listy(Honest):
        def encode(self, strs: list[str]) -> Any:
            return list(strs)

    with pytest.raises(TypeError, match="must return a str"):
        CODEC.call(Listy, {"strs": ["a"]})


def test_codec_decodes_on_a_fresh_instance() -> None:
    class Stash:
        def encode(self, strs: list[str]) -> str:
            self.kept = strs
            return ""

        def decode(self, s: str) -> list[str]:
            return self.kept

    with pytest.raises(AttributeError):
        CODEC.call(Stash, {"strs": ["a"]})


def test_codec_cannot_hand_back_the_input_object() -> None:
    class Global:
        kept: Any = None

        def encode(self, strs: list[str]) -> str:
            Global.kept = strs
            return ""

        def decode(self, s: str) -> list[str]:
            return Global.kept

    with pytest.raises(TypeError, match="very object"):
        CODEC.call(Global, {"strs": ["a"]})


def test_design_methods_may_use_leetcode_camel_case() -> None:
    shape = Shape("design", "MinStack")

    class MinStack:
        def __init__(self) -> None:
            self.items: list[int] = []

        def push(self, x: int) -> None:
            self.items.append(x)

        def getMin(self) -> int:  # LeetCode's name
            return min(self.items)

    ops = {"ops": [["push", [3]], ["push", [1]], ["get_min", []]]}
    assert shape.call(MinStack, ops) == [None, None, 1]


def test_spec_survives_marshal() -> None:
    import marshal

    for shape in (GRAPH, RANDOM, CODEC, Shape("function", "f", ("a",), {"a": ("seq", "tree")})):
        assert Shape.from_spec(marshal.loads(marshal.dumps(shape.spec()))) == shape


def test_leetcode_node_is_the_problems_node_class() -> None:
    assert leetcode_globals(GRAPH)["Node"] is GraphNode
    assert leetcode_globals(RANDOM)["Node"] is RandomNode
    assert "Node" not in leetcode_globals(CODEC)
    namespace = {"Solution": type("Solution", (), {"cloneGraph": lambda self, node: _clone(node)})}
    found = find_solution(namespace, GRAPH)
    assert found is not None and found[1] == "Solution.cloneGraph"
    assert GRAPH.call(found[0], {"node": [[2], [1]]}) == [[2], [1]]
    assert to_graph([]) is None


# ---------------------------------------------------------------- judged end to end

HEADER = '''
"""A test problem."""
TITLE = "T"
CATEGORY = "arrays-hashing"
PATTERNS = ["x"]
DIFFICULTY = "easy"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 10
from hypothesis import strategies as st
'''

MOVE_ZEROES = (
    HEADER
    + """
FUNCTION = "move_zeroes"
IN_PLACE = "nums"

def reference(nums: list[int]) -> None:
    nums[:] = [x for x in nums if x] + [0] * nums.count(0)

def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-3, 3), max_size=12)})

EXAMPLES = [({"nums": [0, 1, 0, 3, 12]}, [1, 3, 12, 0, 0])]

def large(n, rng):
    return {"nums": [rng.choice([0, 1, 2]) for _ in range(n)]}
"""
)

CLONE_GRAPH = (
    HEADER
    + """
FUNCTION = "clone_graph"
from drill.kit import GraphNode

def reference(node: GraphNode | None) -> GraphNode | None:
    if node is None:
        return None
    made = {}
    stack = [node]
    made[node] = GraphNode(node.val)
    while stack:
        n = stack.pop()
        for m in n.neighbors:
            if m not in made:
                made[m] = GraphNode(m.val)
                stack.append(m)
            made[n].neighbors.append(made[m])
    return made[node]

@st.composite
def _graphs(draw):
    size = draw(st.integers(0, 6))
    edges = draw(st.sets(st.tuples(st.integers(1, max(size, 1)), st.integers(1, max(size, 1)))))
    adj = [[] for _ in range(size)]
    for a, b in sorted(edges):
        if a != b and b not in adj[a - 1] and a <= size and b <= size:
            adj[a - 1].append(b)
            adj[b - 1].append(a)
    # keep node 1's component only, renumbered, so the graph is connected
    return {"node": adj if size else []}

def inputs():
    return _graphs().filter(lambda kw: _connected(kw["node"]))

def _connected(adj):
    if not adj:
        return True
    seen, stack = {1}, [1]
    while stack:
        for m in adj[stack.pop() - 1]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return len(seen) == len(adj)

EXAMPLES = [({"node": [[2, 4], [1, 3], [2, 4], [1, 3]]}, [[2, 4], [1, 3], [2, 4], [1, 3]])]

def large(n, rng):
    return {"node": [[(i - 1) % n + 1, (i + 1) % n + 1] for i in range(n)]}
"""
)


def _module(tmp_path: Path, slug: str, text: str) -> Path:
    path = tmp_path / "problems" / "arrays-hashing" / f"{slug}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _verdict(tmp_path: Path, module: Path, source: str) -> str:
    sol = tmp_path / "sol.py"
    sol.write_text(textwrap.dedent(source))
    return judge(read_meta(module), sol, None, max_examples=60, growth=False).verdict


def test_in_place_problem_judged(tmp_path: Path) -> None:
    module = _module(tmp_path, "move-zeroes", MOVE_ZEROES)
    leetcode = """
    class Solution:
        def moveZeroes(self, nums: List[int]) -> None:
            k = 0
            for x in nums:
                if x != 0:
                    nums[k] = x
                    k += 1
            for i in range(k, len(nums)):
                nums[i] = 0
    """
    assert _verdict(tmp_path, module, leetcode) == "accepted"
    returns_copy = """
    def move_zeroes(nums):
        return [x for x in nums if x] + [0] * nums.count(0)
    """
    assert _verdict(tmp_path, module, returns_copy) == "wrong_answer"


def test_graph_problem_judged(tmp_path: Path) -> None:
    module = _module(tmp_path, "clone-graph", CLONE_GRAPH)
    leetcode = """
    class Solution:
        def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
            made = {}
            def copy(n):
                if n in made:
                    return made[n]
                made[n] = Node(n.val)
                made[n].neighbors = [copy(m) for m in n.neighbors]
                return made[n]
            return copy(node) if node else None
    """
    assert _verdict(tmp_path, module, leetcode) == "accepted"
    assert _verdict(tmp_path, module, "def clone_graph(node):\n    return node\n") == (
        "runtime_error"
    )
