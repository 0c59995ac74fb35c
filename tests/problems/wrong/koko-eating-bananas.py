# verdict: wrong_answer
# counts hours with floor division p // k, so a partly eaten pile's last hour is never paid for
def min_eating_speed(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
