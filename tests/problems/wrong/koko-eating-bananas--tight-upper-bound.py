# verdict: wrong_answer
# Starts the search below max(piles) at max(piles) // (h // n), assuming every pile gets h // n
# hours, but the floor division can put the bound below the answer (a pile of 3 in 2 hours
# needs speed 2, the bound says 1).
def min_eating_speed(piles, h):
    lo, hi = 1, max(1, max(piles) // (h // len(piles)))
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
