# verdict: wrong_answer
# Keeps the affordable profits in a heapq heap but takes one with heap.pop(), the LAST list
# element, not the largest (that is heap[0] of a max-heap, or a heappop of negated values).
import heapq
def find_maximized_capital(k, w, profits, capital):
    projects = sorted(zip(capital, profits))
    heap = []
    i = 0
    for _ in range(k):
        while i < len(projects) and projects[i][0] <= w:
            heapq.heappush(heap, projects[i][1])
            i += 1
        if not heap:
            break
        w += heap.pop()
    return w
