# verdict: too_slow
# Takes the maximum of every window afresh: O(n * k).
def max_sliding_window(nums, k):
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
