# verdict: wrong_answer
# Reverses half the digits but forgets that a number ending in 0 (10, 1210) cannot be a palindrome.
def is_palindrome_number(x):
    if x < 0:
        return False
    back = 0
    while x > back:
        back = back * 10 + x % 10
        x //= 10
    return x == back or x == back // 10
