# verdict: wrong_answer
# Fast paths for a new interval that lies wholly before the first or after the last one test
# with <= and >=, so one that only touches the first or last interval is put beside it instead
# of merged with it.
def insert(intervals, new_interval):
    start, end = new_interval
    if not intervals or intervals[-1][1] <= start:
        return intervals + [[start, end]]
    if end <= intervals[0][0]:
        return [[start, end]] + intervals
    out, i, n = [], 0, len(intervals)
    while i < n and intervals[i][1] < start:
        out.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:
        start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
        i += 1
    out.append([start, end])
    return out + intervals[i:]
