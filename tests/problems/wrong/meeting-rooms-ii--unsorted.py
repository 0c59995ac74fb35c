# verdict: wrong_answer
# reuses the room that frees up first, but takes the meetings in the order given instead of by
# start time, so a room handed to a later meeting can no longer host an earlier one
import heapq


def min_meeting_rooms(intervals):
    ends = []
    for start, end in intervals:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
