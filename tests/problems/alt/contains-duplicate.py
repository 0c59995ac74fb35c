def contains_duplicate(nums):
    ordered = sorted(nums)
    return any(a == b for a, b in zip(ordered, ordered[1:]))
