"""Course Schedule

There are `num_courses` courses numbered `0` to `num_courses - 1`. Each pair `[a, b]` in
`prerequisites` means course `b` must be completed before course `a` can be taken. Return True if
it is possible to complete every course, and False otherwise (that is, when the requirements
contain a cycle).

Constraints: 1 <= num_courses <= 10^5; 0 <= len(prerequisites) <= 2 * 10^5;
0 <= a, b < num_courses; a != b; no pair appears twice.

Example: num_courses = 3, prerequisites = [[1, 0], [2, 1]] -> True   (take 0, then 1, then 2)

Example: num_courses = 3, prerequisites = [[1, 0], [0, 2], [2, 1]] -> False   (0 -> 1 -> 2 -> 0)
"""

from collections import deque

from hypothesis import strategies as st

TITLE = "Course Schedule"
CATEGORY = "graphs"
PATTERNS = ["topological-sort", "graph"]
DIFFICULTY = "medium"
FUNCTION = "can_finish"
COMPLEXITY = "O(V + E)"
TARGET_MINUTES = 20


def reference(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:
        unlocks[b].append(a)
        indegree[a] += 1
    queue = deque(i for i in range(num_courses) if indegree[i] == 0)
    taken = 0
    while queue:
        course = queue.popleft()
        taken += 1
        for nxt in unlocks[course]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return taken == num_courses


@st.composite
def _case(draw):
    n = draw(st.integers(1, 8))
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    if draw(st.booleans()):
        # acyclic: a hidden ranking, every prerequisite ranks earlier
        rank = draw(st.permutations(range(n)))
        pairs = [(a, b) for a, b in pairs if rank[b] < rank[a]]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=12, unique=True)) if pairs else []
    return {"num_courses": n, "prerequisites": [list(p) for p in chosen]}


def inputs():
    return _case()


EXAMPLES = [
    ({"num_courses": 1, "prerequisites": []}, True),
    ({"num_courses": 3, "prerequisites": [[1, 0], [2, 1]]}, True),
    ({"num_courses": 3, "prerequisites": [[1, 0], [0, 2], [2, 1]]}, False),
    ({"num_courses": 2, "prerequisites": [[0, 1], [1, 0]]}, False),
    ({"num_courses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]}, True),
    ({"num_courses": 5, "prerequisites": [[1, 0], [2, 1], [3, 4], [4, 3]]}, False),
]


def large(n, rng):
    """n courses in a hidden order, each needing the one before it and one random earlier course:
    a DAG of about 2n prerequisites, so every course must be visited, and a search from each
    course reaches every course before it."""
    order = list(range(n))
    rng.shuffle(order)
    pairs = set()
    for i in range(1, n):
        pairs.add((order[i], order[i - 1]))
        pairs.add((order[i], order[rng.randrange(i)]))
    return {"num_courses": n, "prerequisites": [list(p) for p in pairs]}
