# verdict: wrong_answer
# Steps through next permutations from the sorted order, but after the swap it "reverses" the
# suffix by swapping its two ends only: right while the suffix has at most three items, wrong
# from five values on, where orderings are repeated and others never reached.
def permute(nums):
    nums = sorted(nums)
    result = [nums[:]]
    n = len(nums)
    while True:
        i = n - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i < 0:
            return result
        j = n - 1
        while nums[j] <= nums[i]:
            j -= 1
        nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1], nums[n - 1] = nums[n - 1], nums[i + 1]
        result.append(nums[:])
