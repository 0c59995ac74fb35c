# verdict: wrong_answer
# Greedy: takes the largest square that fits, again and again. 12 becomes 9 + 1 + 1 + 1 (four
# squares) instead of 4 + 4 + 4 (three).
from math import isqrt


def num_squares(n):
    count = 0
    while n:
        n -= isqrt(n) ** 2
        count += 1
    return count
