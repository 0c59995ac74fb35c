# verdict: wrong_answer
# ANDs only the two ends: the numbers in between can clear bits that left and right both have
# (5 & 7 = 5, but 6 = 110 in between clears the last bit).
def range_bitwise_and(left, right):
    return left & right
