# verdict: too_slow
# correct, but grows the answer with `out = out + [interval]`, which copies the whole list on
# every step: O(n^2) instead of O(n)
def insert(intervals, new_interval):
    start, end = new_interval
    out = []
    placed = False
    for s, e in intervals:
        if e < start:
            out = out + [[s, e]]  # noqa: RUF005
        elif s > end:
            if not placed:
                out = out + [[start, end]]  # noqa: RUF005
                placed = True
            out = out + [[s, e]]  # noqa: RUF005
        else:
            start, end = min(start, s), max(end, e)
    if not placed:
        out = out + [[start, end]]  # noqa: RUF005
    return out
