# verdict: wrong_answer
# measures distance as |x| + |y| instead of the Euclidean distance, so [3, 0] beats [2, 2]
import heapq


def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))
