def length_of_lis(nums):
    # the LIS is the longest common subsequence of nums and its sorted distinct values
    values = sorted(set(nums))
    prev = [0] * (len(values) + 1)
    for x in nums:
        cur = [0] * (len(values) + 1)
        for j, v in enumerate(values, 1):
            cur[j] = prev[j - 1] + 1 if x == v else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
