# verdict: too_slow
# Walks a key's history from the oldest entry and stops at the first one stored too late: correct,
# but O(n) per get where a binary search is O(log n).
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        answer = ""
        for t, value in self.history.get(key, []):
            if t > timestamp:
                break
            answer = value
        return answer
