# verdict: wrong_answer
# Shortcut: with at least two hours per pile, "half the biggest pile an hour is enough", so the
# search stops at max(piles) // 2. Rounded down, that is too slow for an odd biggest pile.
def min_eating_speed(piles, h):
    lo, hi = 1, max(piles)
    if h >= 2 * len(piles):
        hi = max(1, hi // 2)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
