# verdict: wrong_answer
# Sorts, then stops one pair early (off by one), so a duplicate of the largest value is missed.
def contains_duplicate(nums):
    ordered = sorted(nums)
    for i in range(len(ordered) - 2):
        if ordered[i] == ordered[i + 1]:
            return True
    return False
