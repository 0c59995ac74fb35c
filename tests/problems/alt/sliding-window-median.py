import bisect


def median_sliding_window(nums, k):
    window = sorted(nums[:k])
    out = []
    for j in range(k, len(nums) + 1):
        out.append((window[(k - 1) // 2] + window[k // 2]) / 2)
        if j < len(nums):
            window.pop(bisect.bisect_left(window, nums[j - k]))
            bisect.insort(window, nums[j])
    return out
