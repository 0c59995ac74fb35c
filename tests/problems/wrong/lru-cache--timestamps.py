# verdict: too_slow
# correct, but stamps each key with the time of its last use and, to evict, searches all keys for
# the oldest stamp: O(capacity) per eviction instead of O(1)
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.stamp = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.stamp[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.stamp, key=self.stamp.get)
            del self.values[oldest]
            del self.stamp[oldest]
        self.values[key] = value
        self._touch(key)
