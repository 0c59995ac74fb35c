# verdict: wrong_answer
# Subtracts a letter only when the next letter is the very next symbol up (IV, XL, CD), forgetting
# the pairs that skip one (IX, XC, CM).
ORDER = "IVXLCDM"
VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s):
    total = 0
    for i, letter in enumerate(s):
        if i + 1 < len(s) and ORDER.index(s[i + 1]) == ORDER.index(letter) + 1:
            total -= VALUE[letter]
        else:
            total += VALUE[letter]
    return total
