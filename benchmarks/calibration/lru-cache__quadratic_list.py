# expect: too_slow
# O(n) per operation: recency kept in a Python list, searched and shifted on every use.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []

    def _touch(self, key):
        for i, k in enumerate(self.order):
            if k == key:
                del self.order[i]
                break
        self.order.append(key)

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        self.values[key] = value
        self._touch(key)
        if len(self.values) > self.capacity:
            del self.values[self.order.pop(0)]
