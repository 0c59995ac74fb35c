# verdict: too_slow
# XORs every value (the pairs cancel): correct, but O(n) where the sorted order allows O(log n).
def single_non_duplicate(nums):
    result = 0
    for x in nums:
        result ^= x
    return result
