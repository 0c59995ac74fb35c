# verdict: wrong_answer
# extends the partial strings only on letters and forgets the else branch, so digits vanish
def letter_case_permutation(s):
    result = [""]
    for c in s:
        if c.isalpha():
            result = [p + v for p in result for v in (c.lower(), c.upper())]
    return result
