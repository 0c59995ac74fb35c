# verdict: wrong_answer
# walks from the top-left corner pushing the right and lower neighbours of every popped cell, but
# never remembers which cells were already pushed, so a cell reached from two sides counts twice
import heapq


def kth_smallest(matrix, k):
    n = len(matrix)
    heap = [(matrix[0][0], 0, 0)]
    for _ in range(k - 1):
        _, r, c = heapq.heappop(heap)
        if c + 1 < n:
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
        if r + 1 < n:
            heapq.heappush(heap, (matrix[r + 1][c], r + 1, c))
    return heap[0][0]
