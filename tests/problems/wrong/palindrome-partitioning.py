# verdict: wrong_answer
# tests a piece only by its first and last letters, so "abca" passes for a palindrome
def partition(s):
    result = []
    path = []

    def backtrack(start):
        if start == len(s):
            result.append(path[:])
            return
        for end in range(start, len(s)):
            if s[start] == s[end]:
                path.append(s[start : end + 1])
                backtrack(end + 1)
                path.pop()

    backtrack(0)
    return result
