from bisect import bisect_left


def min_subarray_len(target, nums):
    # prefix sums rise strictly; for each start, binary-search the first end that reaches target
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    best = 0
    for start in range(len(nums)):
        end = bisect_left(prefix, prefix[start] + target)
        if end <= len(nums) and (best == 0 or end - start < best):
            best = end - start
    return best
