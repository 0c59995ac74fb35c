# verdict: too_slow
# ANDs every number of the range one by one (stopping early once the result is 0): correct, but
# O(right - left).
def range_bitwise_and(left, right):
    acc = right
    for x in range(left, right):
        acc &= x
        if acc == 0:
            break
    return acc
