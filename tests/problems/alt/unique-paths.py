def unique_paths(m, n):
    # choose which k of the m + n - 2 moves go the shorter way, with exact integer steps
    total, k = m + n - 2, min(m, n) - 1
    ways = 1
    for i in range(1, k + 1):
        ways = ways * (total - k + i) // i  # stays exact: a product of i consecutive ints
    return ways
