# verdict: wrong_answer
# expands only around single letters, so even-length palindromes like "aa" are never counted
def count_substrings(s):
    count = 0
    for c in range(len(s)):
        lo, hi = c, c
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1
            lo, hi = lo - 1, hi + 1
    return count
