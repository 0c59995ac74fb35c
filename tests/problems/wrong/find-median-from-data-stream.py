# verdict: wrong_answer
# Rebalances only when the halves differ by two, so either half may hold the extra value; for an odd
# count it still assumes the high half is the bigger one and returns its top.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # max-heap, negated
        self.high = []

    def add_num(self, num):
        if not self.high or num >= self.high[0]:
            heapq.heappush(self.high, num)
        else:
            heapq.heappush(self.low, -num)
        if len(self.high) > len(self.low) + 1:
            heapq.heappush(self.low, -heapq.heappop(self.high))
        elif len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def find_median(self):
        if len(self.low) == len(self.high):
            return (self.high[0] - self.low[0]) / 2
        return float(self.high[0])
