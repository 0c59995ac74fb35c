# verdict: runtime_error
# Binary-searches the cut in nums1 whatever the lengths: when nums1 is the longer array, j =
# half - i can run past the end of nums2 (IndexError) or below 0 (a wrong value read from the end).
def find_median_sorted_arrays(nums1, nums2):
    inf = float("inf")
    m, n = len(nums1), len(nums2)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = nums1[i - 1] if i > 0 else -inf
        a_right = nums1[i] if i < m else inf
        b_left = nums2[j - 1] if j > 0 else -inf
        b_right = nums2[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = max(a_left, b_left)
            if (m + n) % 2:
                return float(left)
            return (left + min(a_right, b_right)) / 2
