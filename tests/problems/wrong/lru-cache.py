# verdict: wrong_answer
# Evicts the oldest inserted key (FIFO): a `get` does not make the key recently used.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}

    def get(self, key):
        return self.items.get(key, -1)

    def put(self, key, value):
        if key in self.items:
            self.items[key] = value
            return
        self.items[key] = value
        if len(self.items) > self.capacity:
            del self.items[next(iter(self.items))]
