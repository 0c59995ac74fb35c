# verdict: too_slow
# for every meeting, counts all meetings running at its start time: right answer, but O(n^2)
def min_meeting_rooms(intervals):
    best = 0
    for start, _ in intervals:
        busy = 0
        for s, e in intervals:
            if s <= start < e:
                busy += 1
        best = max(best, busy)
    return best
