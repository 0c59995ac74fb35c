# verdict: wrong_answer
# Sorts and counts runs, but a repeated value restarts the run instead of being skipped.
from itertools import pairwise


def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = run = 1
    for a, b in pairwise(nums):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    return best
