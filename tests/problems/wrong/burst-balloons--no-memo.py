# verdict: too_slow
# The right recurrence (choose the balloon burst last between lo and hi), but recomputed from
# scratch for every range it is asked about: exponential instead of the O(n^3) table.


def max_coins(nums):
    v = [1, *nums, 1]

    def best(lo, hi):
        top = 0
        for k in range(lo + 1, hi):
            top = max(top, best(lo, k) + best(k, hi) + v[lo] * v[k] * v[hi])
        return top

    return best(0, len(v) - 1)
