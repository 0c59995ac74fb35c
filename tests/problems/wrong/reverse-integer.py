# verdict: wrong_answer
# Checks the overflow only against the positive limit, after putting the sign back, so a negative
# number whose reversal is below -2^31 slips through.
def reverse(x):
    sign = -1 if x < 0 else 1
    result = sign * int(str(abs(x))[::-1])
    if result > 2**31 - 1:
        return 0
    return result
