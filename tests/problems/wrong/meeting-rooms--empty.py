# verdict: runtime_error
# reads the first meeting before checking that there is one, so the empty list crashes
def can_attend_meetings(intervals):
    intervals = sorted(intervals)
    last_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < last_end:
            return False
        last_end = end
    return True
