# verdict: too_slow
# Uses `target in nums` and then nums.index(target): right answers, but both scan the list, O(n)
# where the sorted order allows O(log n).
def search(nums, target):
    return nums.index(target) if target in nums else -1
