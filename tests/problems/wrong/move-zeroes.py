# verdict: wrong_answer
# removes zeroes while iterating forward with an index that still advances after a removal, so the
# second of two adjacent zeroes is skipped and stays where it was
def move_zeroes(nums):
    n = len(nums)
    i = 0
    while i < n:
        if nums[i] == 0:
            nums.pop(i)
            nums.append(0)
            n -= 1
        i += 1
