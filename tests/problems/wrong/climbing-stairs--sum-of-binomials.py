# verdict: too_slow
# Counts the sequences with k two-steps as C(n - k, k) and sums over k: right, but each binomial
# is a big computation of its own, far more work than one pass adding neighbours.
from math import comb


def climb_stairs(n):
    return sum(comb(n - k, k) for k in range(n // 2 + 1))
