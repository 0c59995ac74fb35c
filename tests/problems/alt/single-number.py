from collections import Counter


def single_number(nums):
    return next(x for x, c in Counter(nums).items() if c == 1)
