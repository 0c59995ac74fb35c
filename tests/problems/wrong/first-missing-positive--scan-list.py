# verdict: too_slow
# Tries 1, 2, 3, ... and looks each one up in the list itself: correct, but O(n^2) where a cyclic
# sort (or a set) is O(n).
def first_missing_positive(nums):
    k = 1
    while k in nums:
        k += 1
    return k
