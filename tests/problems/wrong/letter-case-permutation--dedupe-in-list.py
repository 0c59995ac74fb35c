# verdict: too_slow
# tries every mask over all positions (digits too) and drops repeats with a list lookup: quadratic
def letter_case_permutation(s):
    result = []
    n = len(s)
    for mask in range(1 << n):
        word = "".join(s[i].swapcase() if mask >> i & 1 else s[i] for i in range(n))
        if word not in result:
            result.append(word)
    return result
