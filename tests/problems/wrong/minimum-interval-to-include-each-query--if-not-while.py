# verdict: wrong_answer
# throws away at most one expired interval per query (if instead of while), so a stale one can answer
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
        if live and live[0][1] < q:
            heapq.heappop(live)
        if live:
            answer[where] = live[0][0]
    return answer
