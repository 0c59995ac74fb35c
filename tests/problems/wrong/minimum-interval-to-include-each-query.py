# verdict: wrong_answer
# drops intervals that end exactly at the query (<= instead of <), though they still contain it
import heapq


def min_interval(intervals, queries):
    intervals = sorted(intervals)
    answer = [-1] * len(queries)
    live = []
    i = 0
    for q, where in sorted((q, j) for j, q in enumerate(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(live, (right - left + 1, right))
            i += 1
        while live and live[0][1] <= q:
            heapq.heappop(live)
        if live:
            answer[where] = live[0][0]
    return answer
