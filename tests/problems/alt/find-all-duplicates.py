from collections import Counter


def find_duplicates(nums):
    return [x for x, c in Counter(nums).items() if c == 2]
