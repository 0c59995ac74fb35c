# verdict: wrong_answer
# toggles case with chr(ord(c) - 32), which only works for lower-case letters
def letter_case_permutation(s):
    result = []

    def backtrack(i, built):
        if i == len(s):
            result.append(built)
            return
        c = s[i]
        if c.isalpha():
            backtrack(i + 1, built + c)
            backtrack(i + 1, built + chr(ord(c) - 32))
        else:
            backtrack(i + 1, built + c)

    backtrack(0, "")
    return result
