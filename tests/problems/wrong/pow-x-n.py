# verdict: runtime_error
# halves n with Python floor division and never special-cases negative n: -1 // 2 == -1, so it recurses forever
def my_pow(x, n):
    if n == 0:
        return 1.0
    half = my_pow(x, n // 2)
    return half * half * x if n % 2 else half * half
