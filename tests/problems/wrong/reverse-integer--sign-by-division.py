# verdict: runtime_error
# Takes the sign as x // abs(x), which divides by zero when x is 0.
def reverse(x):
    sign = x // abs(x)
    result = int(str(abs(x))[::-1])
    if result > 2**31 - 1 + (sign < 0):
        return 0
    return sign * result
