def my_pow(x, n):
    def power(base, e):  # recursive halving, e >= 0
        if e == 0:
            return 1.0
        half = power(base, e // 2)
        return half * half * base if e % 2 else half * half

    return power(x, n) if n >= 0 else 1 / power(x, -n)
