# verdict: wrong_answer
# Kadane that starts a fresh run when x alone beats the run so far (x > run) instead of when it
# beats the run extended by x (x > run + x): a positive run is dropped for a bigger single value.
def max_sub_array(nums):
    best = run = nums[0]
    for x in nums[1:]:
        run = x if x > run else run + x
        best = max(best, run)
    return best
