# verdict: wrong_answer
# starts its list of the k largest filled with zeros, so negative answers come back as 0
def find_kth_largest(nums, k):
    top = [0] * k  # ascending
    for x in nums:
        if x > top[0]:
            top[0] = x
            top.sort()
    return top[0]
