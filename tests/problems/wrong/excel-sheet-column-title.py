# verdict: wrong_answer
# Plain base 26 with a remainder of 0 written as Z, but without borrowing one from the next
# position for it: 26 comes out as "AZ" instead of "Z".
def convert_to_title(column_number):
    n = column_number
    out = ""
    while n:
        r = n % 26
        out = ("Z" if r == 0 else chr(64 + r)) + out
        n //= 26
    return out
