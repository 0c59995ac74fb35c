# verdict: too_slow
# Keeps a list of values seen an odd number of times, removing a value when it shows up again:
# right, but list membership and removal are O(n) each, O(n^2) overall.
def single_number(nums):
    odd = []
    for x in nums:
        if x in odd:
            odd.remove(x)
        else:
            odd.append(x)
    return odd[0]
