# verdict: wrong_answer
# fills the palindrome table with i going up, so pal[i + 1][j - 1] is still False when read:
# no piece longer than two letters is ever seen as a palindrome
def partition(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    result = []
    path = []

    def backtrack(start):
        if start == n:
            result.append(path[:])
            return
        for end in range(start, n):
            if pal[start][end]:
                path.append(s[start : end + 1])
                backtrack(end + 1)
                path.pop()

    backtrack(0)
    return result
