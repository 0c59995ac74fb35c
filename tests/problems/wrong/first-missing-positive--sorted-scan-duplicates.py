# verdict: wrong_answer
# Sorts and expects 1, 2, 3, ... in turn, but a repeated value that is not the next one expected
# is taken for the gap.
def first_missing_positive(nums):
    expected = 1
    for x in sorted(nums):
        if x <= 0:
            continue
        if x != expected:
            return expected
        expected += 1
    return expected
