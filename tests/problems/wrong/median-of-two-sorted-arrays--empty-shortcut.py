# verdict: wrong_answer
# Short-cuts an empty array by returning the other array's middle element, which is only the
# median when that array has odd length.
def find_median_sorted_arrays(nums1, nums2):
    if not nums1:
        return float(nums2[len(nums2) // 2])
    if not nums2:
        return float(nums1[len(nums1) // 2])
    inf = float("inf")
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = max(a_left, b_left)
            if (m + n) % 2:
                return float(left)
            return (left + min(a_right, b_right)) / 2
