class TimeMap:
    def __init__(self):
        self.log = []  # (key, value, timestamp) in call order

    def set(self, key, value, timestamp):
        self.log.append((key, value, timestamp))

    def get(self, key, timestamp):
        best_time, best = -1, ""
        for k, v, t in self.log:
            if k == key and t <= timestamp and t > best_time:
                best_time, best = t, v
        return best
