def permute(nums):
    # insert the next value into every gap of every permutation of the values before it
    perms = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms
