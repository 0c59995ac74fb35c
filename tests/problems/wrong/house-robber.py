# verdict: wrong_answer
# Drops the empty houses (value 0) first, since robbing them gains nothing; but that makes their
# neighbours adjacent, so [2, 0, 3] looks like [2, 3] and loses 5.
def rob(nums):
    houses = [x for x in nums if x != 0]
    skip, take = 0, 0
    for x in houses:
        skip, take = max(skip, take), skip + x
    return max(skip, take)
