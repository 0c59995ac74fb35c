# verdict: wrong_answer
# lets a star stand for '(' or nothing, but never for ')'
def check_valid_string(s):
    low = high = 0
    for ch in s:
        if ch == "(":
            low, high = low + 1, high + 1
        elif ch == ")":
            low, high = max(low - 1, 0), high - 1
        else:
            high += 1
        if high < 0:
            return False
    return low == 0
