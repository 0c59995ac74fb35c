# verdict: too_slow
# Merges the two arrays with two pointers up to the middle: correct, but O(m + n), not
# O(log(min(m, n))).
def find_median_sorted_arrays(nums1, nums2):
    total = len(nums1) + len(nums2)
    i = j = 0
    prev = cur = 0
    for _ in range(total // 2 + 1):
        prev = cur
        if j == len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
            cur = nums1[i]
            i += 1
        else:
            cur = nums2[j]
            j += 1
    return float(cur) if total % 2 else (prev + cur) / 2
