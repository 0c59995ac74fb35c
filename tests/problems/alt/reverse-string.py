def reverse_string(s):
    n = len(s)
    for i in range(n // 2):
        j = n - 1 - i
        s[i], s[j] = s[j], s[i]
