# verdict: too_slow
# correct, but each zero is found and removed with list.remove and appended again: O(n) per zero,
# O(n^2) in all
def move_zeroes(nums):
    zeroes = nums.count(0)
    for _ in range(zeroes):
        nums.remove(0)
        nums.append(0)
