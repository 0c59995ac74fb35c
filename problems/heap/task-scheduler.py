"""Task Scheduler

A CPU has to run a list of `tasks`, each named by an uppercase letter; tasks with the same letter
are copies of the same job, and the order in which tasks run is up to you. Every task takes one
time unit. In each time unit the CPU either runs one task or sits idle. After running a copy of
some letter, the CPU must let at least `n` time units pass before it runs that letter again (other
letters, or idling, fill the gap).

Return the smallest number of time units needed to run every task.

Constraints: 1 <= len(tasks) <= 10^4; tasks[i] is an uppercase English letter; 0 <= n <= 100.

Example: tasks = ["A", "A", "A", "B", "C"], n = 2 -> 7   (A B C A idle idle A)

Example: tasks = ["Z", "Z", "Z", "Z", "Y"], n = 1 -> 7   (Z Y Z idle Z idle Z)
"""

from collections import Counter

from hypothesis import strategies as st

TITLE = "Task Scheduler"
CATEGORY = "heap"
PATTERNS = ["greedy", "counting", "top-k"]
DIFFICULTY = "medium"
FUNCTION = "least_interval"
COMPLEXITY = "O(n)"
TARGET_MINUTES = 25


def reference(tasks: list[str], n: int) -> int:
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    # the most frequent letters set the frame: top - 1 full rounds of n + 1 slots, then one
    # slot per letter tied for the most copies. If the other letters overflow the idle slots,
    # there is no idling at all and the answer is just the number of tasks.
    return max(len(tasks), (top - 1) * (n + 1) + tied)


@st.composite
def _case(draw):
    letters = "ABCDEFGH"[: draw(st.integers(1, 8))]
    if draw(st.booleans()):
        # several letters with the same, largest count
        tied = draw(st.integers(1, len(letters)))
        top = draw(st.integers(1, 5))
        tasks = [c for c in letters[:tied] for _ in range(top)]
        tasks += draw(st.lists(st.sampled_from(letters[tied:] or letters[:1]), max_size=8))
        tasks = [t for t in tasks if t in letters[:tied] or tasks.count(t) < top]
    else:
        tasks = draw(st.lists(st.sampled_from(letters), min_size=1, max_size=30))
    tasks = draw(st.permutations(tasks))
    return {"tasks": tasks, "n": draw(st.integers(0, 6))}


def inputs():
    return _case()


EXAMPLES = [
    ({"tasks": ["A", "A", "A", "B", "C"], "n": 2}, 7),
    ({"tasks": ["Z", "Z", "Z", "Z", "Y"], "n": 1}, 7),
    ({"tasks": ["A", "B", "A"], "n": 1}, 3),
    ({"tasks": ["X"], "n": 5}, 1),
    ({"tasks": ["A", "A", "A", "A"], "n": 0}, 4),
    ({"tasks": ["Q", "Q", "P"], "n": 3}, 5),
    ({"tasks": ["M", "K", "M", "J", "M"], "n": 4}, 11),
]


def large(n, rng):
    """n tasks over all 26 letters, cooldown 2."""
    return {"tasks": [rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)], "n": 2}
