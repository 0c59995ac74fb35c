# verdict: wrong_answer
# Binary lifting from position -1, but with steps only up to half the largest power of two
# not above n (k < len(nums).bit_length() - 1): together they reach index 2^k - 2 at most, so
# a target near the end of a list whose length is not a power of two is never reached.


def search(nums, target):
    pos = -1  # the last index known to hold a value below target
    for k in range(len(nums).bit_length() - 2, -1, -1):
        step = 1 << k
        if pos + step < len(nums) and nums[pos + step] < target:
            pos += step
    pos += 1
    return pos if pos < len(nums) and nums[pos] == target else -1
