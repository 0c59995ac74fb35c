# verdict: wrong_answer
# A shrinking sliding window: correct for positive values only, wrong once values are negative
# or zero.
def subarray_sum(nums, k):
    count = left = window = 0
    for right, x in enumerate(nums):
        window += x
        while window > k and left <= right:
            window -= nums[left]
            left += 1
        if window == k and left <= right:
            count += 1
    return count
