# verdict: wrong_answer
# only moves values from the low half to the high half, never back, so the high half can grow two
# or more bigger than the low half and its top is no longer a middle value
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # max-heap (negated)
        self.high = []  # min-heap

    def add_num(self, num):
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def find_median(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        if len(self.high) > len(self.low):
            return float(self.high[0])
        return (self.high[0] - self.low[0]) / 2
