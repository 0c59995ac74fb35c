# verdict: too_slow
# walks upward from EVERY value, not only from run starts, so one long run costs O(n^2)
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        y = x
        while y + 1 in values:
            y += 1
        best = max(best, y - x + 1)
    return best
