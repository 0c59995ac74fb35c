# verdict: too_slow
# Patience sorting, but finds the tail to replace by scanning the tails from the left: right,
# but O(n * L) for an answer of length L, where a binary search over the tails is O(n log L).
def length_of_lis(nums):
    tails = []
    for x in nums:
        for i, t in enumerate(tails):
            if t >= x:
                tails[i] = x
                break
        else:
            tails.append(x)
    return len(tails)
