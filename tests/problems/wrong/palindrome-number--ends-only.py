# verdict: wrong_answer
# Compares only the first and the last digit instead of every mirrored pair.
def is_palindrome_number(x):
    if x < 0:
        return False
    last = x % 10
    while x >= 10:
        x //= 10
    return x == last
