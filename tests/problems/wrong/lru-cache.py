# verdict: wrong_answer
# Looks keys up with `self.items.get(key) or -1`: a stored value of 0 is falsy, so get() reports
# it as missing (and does not mark the key as recently used).
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        value = self.items.get(key) or -1
        if value != -1:
            self.items.move_to_end(key)
        return value

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
