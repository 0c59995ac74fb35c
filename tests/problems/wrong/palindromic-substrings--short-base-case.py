# verdict: wrong_answer
# treats every piece up to four letters with equal ends as a palindrome (j - i <= 3 instead of < 3),
# so "abca" counts
def count_substrings(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    count = 0
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if s[i] == s[j] and (j - i <= 3 or pal[i + 1][j - 1]):
                pal[i][j] = True
                count += 1
    return count
