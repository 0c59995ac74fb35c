# expect: too_slow
# O(n^2) with a C-speed inner loop: `list.index` over the prefix for every element.
def two_sum(nums, target):
    for j, x in enumerate(nums):
        try:
            return [nums.index(target - x, 0, j), j]
        except ValueError:
            pass
