from collections import Counter
from itertools import product


def subsets_with_dup(nums):
    # choose how many copies of each distinct value to take
    counts = sorted(Counter(nums).items())
    result = []
    for picks in product(*[range(c + 1) for _, c in counts]):
        subset = []
        for (value, _), k in zip(counts, picks):
            subset += [value] * k
        result.append(subset)
    return result
