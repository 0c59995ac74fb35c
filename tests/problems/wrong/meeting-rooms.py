# verdict: wrong_answer
# counts a meeting that starts exactly when the previous one ends as a clash (>= instead of >)
def can_attend_meetings(intervals):
    intervals = sorted(intervals)
    for i in range(1, len(intervals)):
        if intervals[i - 1][1] >= intervals[i][0]:
            return False
    return True
