def min_eating_speed(piles, h):
    # the answer is at least ceil(total / h); walk up from there with a galloping search
    def ok(k):
        return sum(-(-p // k) for p in piles) <= h

    lo = max(1, -(-sum(piles) // h))
    step = 1
    while not ok(lo + step - 1):
        step *= 2
    hi = lo + step - 1  # ok(hi) holds
    lo = lo + step // 2 if step > 1 else lo
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
