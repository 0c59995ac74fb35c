# verdict: wrong_answer
# Reads "32-bit" as 2^32: returns 0 only when the reversed magnitude reaches 2^32, so reversals
# between 2^31 and 2^32 are returned as if they fit.
def reverse(x):
    sign = -1 if x < 0 else 1
    result = int(str(abs(x))[::-1])
    if result >= 2**32:
        return 0
    return sign * result
