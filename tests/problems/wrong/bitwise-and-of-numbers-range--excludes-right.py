# verdict: wrong_answer
# Loops over range(left, right), which stops before right, and starts from all ones, so an empty
# range (left == right) even returns the wrong thing.
def range_bitwise_and(left, right):
    acc = 2**31 - 1
    for x in range(left, right):
        acc &= x
        if acc == 0:
            break
    return acc
