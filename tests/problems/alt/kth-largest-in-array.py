import random


def find_kth_largest(nums, k):
    # quickselect with a three-way split around a random pivot
    nums = list(nums)
    rng = random.Random(0)
    while True:
        pivot = rng.choice(nums)
        bigger = [x for x in nums if x > pivot]
        equal = sum(1 for x in nums if x == pivot)
        if k <= len(bigger):
            nums = bigger
        elif k <= len(bigger) + equal:
            return pivot
        else:
            k -= len(bigger) + equal
            nums = [x for x in nums if x < pivot]
