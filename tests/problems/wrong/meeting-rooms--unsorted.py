# verdict: wrong_answer
# compares each meeting only with its neighbour in the given order, without sorting first
def can_attend_meetings(intervals):
    for i in range(1, len(intervals)):
        if intervals[i - 1][1] > intervals[i][0]:
            return False
    return True
