def two_sum_sorted(numbers, target):
    first = {}
    for j, x in enumerate(numbers):
        if target - x in first:
            return [first[target - x] + 1, j + 1]
        first.setdefault(x, j)
    return []
