# verdict: runtime_error
# Clears the low bits that the range length can reach, counting them with log2(right - left):
# the idea works, but log2(0) raises when left == right.
import math


def range_bitwise_and(left, right):
    low = int(math.log2(right - left)) + 1
    return left & right & ~((1 << low) - 1)
