import heapq
from collections import Counter, deque


def least_interval(tasks, n):
    # simulate: run the letter with the most copies left among those off cooldown
    heap = [-c for c in Counter(tasks).values()]
    heapq.heapify(heap)
    cooling = deque()  # (time it may run again, -copies left)
    time = 0
    while heap or cooling:
        time += 1
        if heap:
            left = heapq.heappop(heap) + 1
            if left:
                cooling.append((time + n, left))
        elif cooling:
            time = cooling[0][0]  # idle until the first letter is ready
        if cooling and cooling[0][0] == time:
            heapq.heappush(heap, cooling.popleft()[1])
    return time
