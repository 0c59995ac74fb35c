# verdict: too_slow
# The LIS is the longest common subsequence of nums and its sorted distinct values: right, but the
# LCS table is O(n^2) where patience sorting with binary search is O(n log n).
def length_of_lis(nums):
    values = sorted(set(nums))
    prev = [0] * (len(values) + 1)
    for x in nums:
        cur = [0] * (len(values) + 1)
        for j, v in enumerate(values, 1):
            cur[j] = prev[j - 1] + 1 if x == v else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
