# verdict: too_slow
# Builds a value -> index dict on every call and looks the target up: right answers, but building
# the dict is O(n) where a binary search is O(log n).
def search(nums, target):
    where = {x: i for i, x in enumerate(nums)}
    return where.get(target, -1)
