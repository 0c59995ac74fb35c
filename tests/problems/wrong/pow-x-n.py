# verdict: wrong_answer
# Adds a shortcut for x = 1 and x = -1 so that huge n costs nothing, but returns x itself for
# both: (-1)^n is 1 when n is even.
def my_pow(x, n):
    if x == 1.0 or x == -1.0:
        return x
    if n < 0:
        x, n = 1 / x, -n
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return result
