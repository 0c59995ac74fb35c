# verdict: wrong_answer
# Only counts opens and closes per kind, so it accepts crossed brackets such as "([)]".
def is_valid(s):
    for open_, close in ("()", "[]", "{}"):
        depth = 0
        for ch in s:
            if ch == open_:
                depth += 1
            elif ch == close:
                depth -= 1
                if depth < 0:
                    return False
        if depth != 0:
            return False
    return True
