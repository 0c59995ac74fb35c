# verdict: wrong_answer
# Fills the table square by square but walks the amounts downwards, as in a 0/1 knapsack, so each
# square can be used at most once (12 = 4 + 4 + 4 is out of reach).
from math import isqrt


def num_squares(n):
    inf = float("inf")
    fewest = [0] + [inf] * n
    for k in range(1, isqrt(n) + 1):
        s = k * k
        for i in range(n, s - 1, -1):
            fewest[i] = min(fewest[i], fewest[i - s] + 1)
    return fewest[n]
