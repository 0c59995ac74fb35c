def letter_case_permutation(s):
    # grow the answer one character at a time: a letter doubles it, a digit extends it
    result = [""]
    for c in s:
        if c.isalpha():
            result = [p + v for p in result for v in (c.lower(), c.upper())]
        else:
            result = [p + c for p in result]
    return result
