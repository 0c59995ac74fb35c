def find_median_sorted_arrays(nums1, nums2):
    # k-th smallest by discarding k // 2 values at a time from the array whose k//2-th is smaller
    def kth(a, i, b, j, k):  # k-th smallest (1-based) of a[i:] and b[j:]
        while True:
            if i == len(a):
                return b[j + k - 1]
            if j == len(b):
                return a[i + k - 1]
            if k == 1:
                return min(a[i], b[j])
            step_a = min(k // 2, len(a) - i)
            step_b = min(k // 2, len(b) - j)
            if a[i + step_a - 1] <= b[j + step_b - 1]:
                i += step_a
                k -= step_a
            else:
                j += step_b
                k -= step_b

    total = len(nums1) + len(nums2)
    if total % 2:
        return float(kth(nums1, 0, nums2, 0, total // 2 + 1))
    return (kth(nums1, 0, nums2, 0, total // 2) + kth(nums1, 0, nums2, 0, total // 2 + 1)) / 2
