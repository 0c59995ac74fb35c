# verdict: wrong_answer
# k-th smallest by elimination: when one array has fewer than k // 2 values left it discards all
# of them, but still lowers k by k // 2 as if it had dropped that many.
def _kth(a, b, k):
    while True:
        if not a:
            return b[k - 1]
        if not b:
            return a[k - 1]
        if k == 1:
            return min(a[0], b[0])
        i = min(len(a), k // 2)
        j = min(len(b), k // 2)
        if a[i - 1] <= b[j - 1]:
            a = a[i:]
        else:
            b = b[j:]
        k -= k // 2


def find_median_sorted_arrays(nums1, nums2):
    total = len(nums1) + len(nums2)
    if total % 2:
        return float(_kth(nums1, nums2, total // 2 + 1))
    return (_kth(nums1, nums2, total // 2) + _kth(nums1, nums2, total // 2 + 1)) / 2
