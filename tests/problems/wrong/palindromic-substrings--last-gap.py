# verdict: wrong_answer
# loops over the gaps with range(len(s) - 2), skipping the gap before the last letter
def count_substrings(s):
    n = len(s)
    count = 0
    for c in range(n):
        lo, hi = c, c
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            count += 1
            lo, hi = lo - 1, hi + 1
    for c in range(n - 2):
        lo, hi = c, c + 1
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            count += 1
            lo, hi = lo - 1, hi + 1
    return count
