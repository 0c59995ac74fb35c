# verdict: wrong_answer
# branches on every character with (lower, upper), so each digit doubles the answer with duplicates
def letter_case_permutation(s):
    result = []

    def backtrack(i, built):
        if i == len(s):
            result.append(built)
            return
        for v in (s[i].lower(), s[i].upper()):
            backtrack(i + 1, built + v)

    backtrack(0, "")
    return result
