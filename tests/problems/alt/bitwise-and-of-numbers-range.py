def range_bitwise_and(left, right):
    # clear the lowest set bit of right while it is still above left
    while right > left:
        right &= right - 1
    return right
