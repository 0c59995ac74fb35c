# verdict: too_slow
# Counts, for each number of moves m, the ways to stand on each step after m moves, and adds up
# the ways to stand on step n: right, but O(n^2) where one pass over the steps is O(n).
def climb_stairs(n):
    ways = [1] + [0] * n  # after 0 moves: only on the ground
    total = 0
    for _ in range(n):
        nxt = [0] * (n + 1)
        for h in range(n):
            if ways[h]:
                nxt[h + 1] += ways[h]
                if h + 2 <= n:
                    nxt[h + 2] += ways[h]
        ways = nxt
        total += ways[n]
    return total
