# verdict: wrong_answer
# Carries correctly through every digit, but when all of them were 9 it forgets the new leading 1:
# [9, 9] comes back as [0, 0].
def plus_one(digits):
    for i in range(len(digits) - 1, -1, -1):
        if digits[i] < 9:
            digits[i] += 1
            return digits
        digits[i] = 0
    return digits
