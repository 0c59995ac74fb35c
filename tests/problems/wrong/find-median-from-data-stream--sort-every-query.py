# verdict: too_slow
# correct, but keeps the numbers in a plain list and sorts a copy for every find_median: each
# query costs O(n log n) instead of O(1)
class MedianFinder:
    def __init__(self):
        self.nums = []

    def add_num(self, num):
        self.nums.append(num)

    def find_median(self):
        ordered = sorted(self.nums)
        mid = len(ordered) // 2
        if len(ordered) % 2:
            return float(ordered[mid])
        return (ordered[mid - 1] + ordered[mid]) / 2
