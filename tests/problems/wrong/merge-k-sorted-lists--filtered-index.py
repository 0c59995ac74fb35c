# verdict: wrong_answer
# drops the empty lists first, then numbers the survivors but reads their later values from the
# ORIGINAL lists by that number, so an empty list in front shifts every later lookup
import heapq


def merge_k_lists(lists):
    nonempty = [lst for lst in lists if lst]
    heap = [(lst[0], i, 0) for i, lst in enumerate(nonempty)]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, j = heapq.heappop(heap)
        merged.append(value)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return merged
