# verdict: wrong_answer
# Kadane that starts the best at 0 and resets the running sum to 0: answers 0 when every value is negative
def max_sub_array(nums):
    best = running = 0
    for x in nums:
        running = max(0, running + x)
        best = max(best, running)
    return best
