# verdict: wrong_answer
# only pushes a value larger than the heap's top, even while the heap still holds fewer than k
import heapq


def find_kth_largest(nums, k):
    heap = []
    for x in nums:
        if not heap or x > heap[0]:
            heapq.heappush(heap, x)
            if len(heap) > k:
                heapq.heappop(heap)
    return heap[0]
