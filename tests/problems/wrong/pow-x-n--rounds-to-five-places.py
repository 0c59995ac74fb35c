# verdict: wrong_answer
# reads "within a relative error of 1e-5" as "five decimal places" and rounds the answer, which
# throws away most of the digits of a small result such as 0.000123
def my_pow(x, n):
    if n < 0:
        x, n = 1 / x, -n
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return round(result, 5)
