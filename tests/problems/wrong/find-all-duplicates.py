# verdict: wrong_answer
# after the cyclic sort it reports the slots that hold a stranger (the MISSING values), not the strangers
def find_duplicates(nums):
    n = len(nums)
    i = 0
    while i < n:
        j = nums[i] - 1
        if nums[j] != nums[i]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    return [i + 1 for i in range(n) if nums[i] != i + 1]
