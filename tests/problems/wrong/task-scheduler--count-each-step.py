# verdict: too_slow
# Simulates the right greedy (most copies left among the letters off cooldown), but keeps the
# pending tasks in a list and recounts it with list.count at every time unit: O(n^2).
def least_interval(tasks, n):
    pending = list(tasks)
    ready = {}
    time = 0
    while pending:
        best = None
        for t in set(pending):
            if ready.get(t, 0) <= time and (
                best is None or (pending.count(t), t) > (pending.count(best), best)
            ):
                best = t
        if best is not None:
            pending.remove(best)
            ready[best] = time + n + 1
        time += 1
    return time
