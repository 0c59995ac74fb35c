# verdict: wrong_answer
# sorts the meetings by END time, as in activity selection, then reuses the room that frees up
# first: a meeting that starts early but ends late is placed after rooms were handed out
import heapq


def min_meeting_rooms(intervals):
    ends = []
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
