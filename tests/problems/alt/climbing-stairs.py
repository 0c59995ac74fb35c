from math import comb


def climb_stairs(n):
    # choose which k of the n - k moves are 2-steps
    return sum(comb(n - k, k) for k in range(n // 2 + 1))
