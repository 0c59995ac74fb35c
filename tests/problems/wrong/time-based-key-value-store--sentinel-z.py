# verdict: wrong_answer
# Bisects the (timestamp, value) pairs with the probe (timestamp, "z"), meant to sort after every
# value with that timestamp, but a value such as "zz" sorts after "z", so its exact time is missed.
from bisect import bisect_right


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        entries = self.history.get(key, [])
        i = bisect_right(entries, (timestamp, "z"))
        return entries[i - 1][1] if i else ""
