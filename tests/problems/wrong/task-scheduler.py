# verdict: wrong_answer
# Uses the frame formula (top - 1) * (n + 1) + tied but forgets that it can be shorter than the
# task list itself, when other letters fill more than all the idle slots.
from collections import Counter


def least_interval(tasks, n):
    counts = Counter(tasks)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (n + 1) + tied
