# expect: accepted
# O(log n) per operation: a heap of (last use, key) with stale entries skipped lazily.
import heapq


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.used = {}
        self.heap = []
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.used[key] = self.clock
        heapq.heappush(self.heap, (self.clock, key))

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        self.values[key] = value
        self._touch(key)
        while len(self.values) > self.capacity:
            when, old = heapq.heappop(self.heap)
            if self.used.get(old) == when:
                del self.values[old]
                del self.used[old]
