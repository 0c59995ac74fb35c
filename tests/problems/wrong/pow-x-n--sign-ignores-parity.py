# verdict: wrong_answer
# raises |x| by squaring, then makes the result negative whenever x is negative, forgetting that
# an even power of a negative number is positive
def my_pow(x, n):
    base, e = abs(x), abs(n)
    result = 1.0
    while e:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    if x < 0:
        result = -result
    return 1 / result if n < 0 else result
