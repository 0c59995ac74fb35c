# verdict: wrong_answer
# Frames the schedule around the most frequent letter but adds one final slot for it alone, as if
# no other letter could have just as many copies.
from collections import Counter


def least_interval(tasks, n):
    top = max(Counter(tasks).values())
    return max(len(tasks), (top - 1) * (n + 1) + 1)
