# verdict: wrong_answer
# When every digit was 9, adds the new 1 at the end of the list instead of the front:
# [9, 9] comes back as [0, 0, 1].
def plus_one(digits):
    for i in range(len(digits) - 1, -1, -1):
        if digits[i] < 9:
            digits[i] += 1
            return digits
        digits[i] = 0
    digits.append(1)
    return digits
