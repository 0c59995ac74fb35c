def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    # bit k set <=> some subset sums to k; shifting by x adds x to every subset at once
    reachable = 1
    for x in nums:
        reachable |= reachable << x
    return bool(reachable >> half & 1)
