# verdict: wrong_answer
# Patience sorting with a hand-written binary search that moves right on tails[mid] <= x, so it
# finds the first tail BIGGER than x instead of the first one at least x: an x equal to a tail
# replaces the next tail up, and a later value then extends a run with a repeat in it.


def length_of_lis(nums):
    tails = []
    for x in nums:
        if not tails or x > tails[-1]:
            tails.append(x)
            continue
        lo, hi = 0, len(tails) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        tails[lo] = x
    return len(tails)
