# verdict: wrong_answer
# Takes the letter from (n - 1) % 26 but moves on with n // 26 instead of (n - 1) // 26, so the
# shift is applied to the letter and forgotten for the rest: 52 comes out as "BZ", not "AZ".
def convert_to_title(column_number):
    n = column_number
    out = ""
    while n:
        out = chr(65 + (n - 1) % 26) + out
        n //= 26
    return out
