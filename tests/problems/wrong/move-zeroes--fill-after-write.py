# verdict: wrong_answer
# compacts the non-zeroes to the front, then starts writing zeroes one slot too late, so the slot
# at `write` keeps whatever stood there before (right only when that was already a 0)
def move_zeroes(nums):
    write = 0
    for x in nums:
        if x != 0:
            nums[write] = x
            write += 1
    for i in range(write + 1, len(nums)):
        nums[i] = 0
