# verdict: wrong_answer
# keeps the live intervals ordered by right end instead of size, so it answers with the one ending first
import heapq


def min_interval(intervals, queries):
    intervals = sorted(intervals)
    answer = [-1] * len(queries)
    live = []
    i = 0
    for q, where in sorted((q, j) for j, q in enumerate(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(live, (right, right - left + 1))
            i += 1
        while live and live[0][0] < q:
            heapq.heappop(live)
        if live:
            answer[where] = live[0][1]
    return answer
