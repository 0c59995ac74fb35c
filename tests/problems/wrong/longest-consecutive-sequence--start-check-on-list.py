# verdict: too_slow
# Walks up from run starts only, but tests "x - 1 is absent" on the list instead of the set:
# correct, but each test scans the list, O(n^2).
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in nums:
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
    return best
