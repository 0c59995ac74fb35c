# verdict: wrong_answer
# Sorts by int(math.sqrt(x*x + y*y)), truncating the distance, so points at distances 1 and 1.41
# (or 2 and 2.83) tie, and the farther one can win its place in the answer.
import math


def k_closest(points, k):
    return sorted(points, key=lambda p: int(math.sqrt(p[0] * p[0] + p[1] * p[1])))[:k]
