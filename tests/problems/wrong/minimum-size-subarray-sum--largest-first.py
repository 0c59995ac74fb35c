# verdict: wrong_answer
# Takes the largest values first until they reach target, forgetting that the run has to be
# contiguous.
def min_subarray_len(target, nums):
    total = 0
    for count, x in enumerate(sorted(nums, reverse=True), 1):
        total += x
        if total >= target:
            return count
    return 0
