# verdict: wrong_answer
# Uses the right formula, (m + n - 2)! / ((m - 1)! (n - 1)!), but with true division: the float
# result is rounded once counts pass 2^53, so big grids come back a little off.
from math import factorial


def unique_paths(m, n):
    return int(factorial(m + n - 2) / (factorial(m - 1) * factorial(n - 1)))
