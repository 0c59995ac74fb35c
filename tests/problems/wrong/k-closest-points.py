# verdict: wrong_answer
# uses heapq (a MIN-heap) with positive distances and pops the smallest when over k: it keeps the k FARTHEST points
import heapq


def k_closest(points, k):
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
