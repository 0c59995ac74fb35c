# verdict: wrong_answer
# grows even-length palindromes around centres with r < n - 1, so one ending at the last letter is missed
def partition(s):
    n = len(s)
    pal = set()
    for c in range(n):
        l, r = c, c
        while l >= 0 and r < n and s[l] == s[r]:
            pal.add((l, r))
            l, r = l - 1, r + 1
        l, r = c, c + 1
        while l >= 0 and r < n - 1 and s[l] == s[r]:
            pal.add((l, r))
            l, r = l - 1, r + 1
    result = []
    path = []

    def backtrack(start):
        if start == n:
            result.append(path[:])
            return
        for end in range(start, n):
            if (start, end) in pal:
                path.append(s[start : end + 1])
                backtrack(end + 1)
                path.pop()

    backtrack(0)
    return result
