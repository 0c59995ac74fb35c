# verdict: wrong_answer
# Uses the number theory shortcut (1 if n is a square, 2 if it is a sum of two squares) but then
# answers 3 for everything else, forgetting the numbers that need four, such as 7.
from math import isqrt


def num_squares(n):
    if isqrt(n) ** 2 == n:
        return 1
    for a in range(1, isqrt(n) + 1):
        b = n - a * a
        if isqrt(b) ** 2 == b:
            return 2
    return 3
