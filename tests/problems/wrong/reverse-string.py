# verdict: wrong_answer
# swaps i with n-1-i for one index too many: on an even length the middle pair is swapped twice,
# back where it was (unnoticed when the two middle characters are equal)
def reverse_string(s):
    n = len(s)
    for i in range(n // 2 + 1):
        s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
