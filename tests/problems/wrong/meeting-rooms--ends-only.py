# verdict: wrong_answer
# sorts by start but only flags a meeting nested inside the previous one (compares ends with ends)
def can_attend_meetings(intervals):
    intervals = sorted(intervals)
    for i in range(1, len(intervals)):
        if intervals[i][1] <= intervals[i - 1][1]:
            return False  # one meeting inside another
    return True
