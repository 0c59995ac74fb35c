# verdict: wrong_answer
# checks only that no prefix has too many ')' (stars counted as '('), never that every '(' can close
def check_valid_string(s):
    balance = 0
    for ch in s:
        balance += -1 if ch == ")" else 1
        if balance < 0:
            return False
    return s.count("(") <= s.count(")") + s.count("*")
