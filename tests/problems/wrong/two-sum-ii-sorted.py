# verdict: wrong_answer
# binary-searches the complement in the WHOLE list, so a pair of equal values returns one index twice
from bisect import bisect_left


def two_sum_sorted(numbers, target):
    for i, x in enumerate(numbers):
        j = bisect_left(numbers, target - x)
        if j < len(numbers) and numbers[j] == target - x:
            return [min(i, j) + 1, max(i, j) + 1]
    return []
