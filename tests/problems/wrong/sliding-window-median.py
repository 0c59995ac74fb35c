# verdict: too_slow
# sorts every window from scratch: O(n * k log k) instead of O(n log n)
def median_sliding_window(nums, k):
    out = []
    for i in range(len(nums) - k + 1):
        window = sorted(nums[i:i + k])
        if k % 2:
            out.append(float(window[k // 2]))
        else:
            out.append((window[k // 2 - 1] + window[k // 2]) / 2)
    return out
