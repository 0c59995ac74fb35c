# verdict: wrong_answer
# lets the fewest-open count go below zero, as if a star could close a parenthesis that is not there
def check_valid_string(s):
    low = high = 0
    for ch in s:
        low += 1 if ch == "(" else -1
        high += -1 if ch == ")" else 1
        if high < 0:
            return False
    return low <= 0
