def max_sliding_window(nums, k):
    # block maxima: split into blocks of k; a window spans the end of one block and the start of
    # the next, so its maximum is max(suffix max of the first, prefix max of the second)
    n = len(nums)
    left = nums[:]
    right = nums[:]
    for i in range(1, n):
        if i % k:
            left[i] = max(left[i - 1], nums[i])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            right[i] = max(right[i + 1], nums[i])
    return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]
