# verdict: wrong_answer
# answers the queries in sorted order and returns them that way, not in the order they were asked
import heapq


def min_interval(intervals, queries):
    intervals = sorted(intervals)
    answer = []
    live = []
    i = 0
    for q in sorted(queries):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(live, (right - left + 1, right))
            i += 1
        while live and live[0][1] < q:
            heapq.heappop(live)
        answer.append(live[0][0] if live else -1)
    return answer
