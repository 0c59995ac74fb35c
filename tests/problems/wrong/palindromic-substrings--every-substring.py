# verdict: too_slow
# tests every substring by reversing it: correct, but O(n^3)
def count_substrings(s):
    count = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                count += 1
    return count
