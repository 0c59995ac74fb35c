# verdict: too_slow
# tests every substring by reversing it: correct, but O(n^3)
def longest_palindrome(s):
    best = s[0]
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                best = piece
    return best
