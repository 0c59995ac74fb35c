# verdict: wrong_answer
# Reverses the absolute value, so a negative number like -121 is called a palindrome.
def is_palindrome_number(x):
    x = abs(x)
    original, back = x, 0
    while x:
        back = back * 10 + x % 10
        x //= 10
    return back == original
