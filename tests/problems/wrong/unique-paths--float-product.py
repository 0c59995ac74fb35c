# verdict: wrong_answer
# Builds the binomial coefficient as a running product of float ratios and rounds at the end;
# the rounding errors of every step add up on large grids.
def unique_paths(m, n):
    total, k = m + n - 2, m - 1
    ways = 1.0
    for i in range(1, k + 1):
        ways *= (total - k + i) / i
    return round(ways)
