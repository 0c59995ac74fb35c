# verdict: too_slow
# Returns the value whose list.count is 1: right, but every count scans the list, O(n^2) where
# XOR-ing everything is O(n).
def single_number(nums):
    for x in nums:
        if nums.count(x) == 1:
            return x
    return None
