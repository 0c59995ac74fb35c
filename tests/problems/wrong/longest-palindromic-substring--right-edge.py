# verdict: wrong_answer
# stops expanding at hi < len(s) - 1, so a palindrome that ends at the last letter is cut short
def longest_palindrome(s):
    best = s[0]
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) - 1 and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1 : hi]
    return best
