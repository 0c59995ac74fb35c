# verdict: wrong_answer
# Simulates time unit by time unit, running the first letter (in order of first appearance) that
# is off cooldown, instead of the one with the most copies left.
from collections import Counter


def least_interval(tasks, n):
    left = Counter(tasks)
    ready = {t: 0 for t in left}
    remaining = len(tasks)
    time = 0
    while remaining:
        for t in left:
            if left[t] and ready[t] <= time:
                left[t] -= 1
                ready[t] = time + n + 1
                remaining -= 1
                break
        time += 1
    return time
