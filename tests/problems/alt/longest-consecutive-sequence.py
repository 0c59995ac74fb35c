def longest_consecutive(nums):
    values = sorted(set(nums))
    best = 0
    run = 0
    for i, x in enumerate(values):
        run = run + 1 if i > 0 and values[i - 1] == x - 1 else 1
        best = max(best, run)
    return best
