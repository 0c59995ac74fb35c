# verdict: too_slow
# correct, but for every pair looks for the third value with `in` on the rest of the list, a
# linear scan: O(n^3) instead of O(n^2)
def three_sum(nums):
    nums = sorted(nums)
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            need = -nums[i] - nums[j]
            if need in nums[j + 1 :]:
                found.add((nums[i], nums[j], need))
    return [list(t) for t in found]
