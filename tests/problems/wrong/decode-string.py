# verdict: wrong_answer
# Reads a count as the single digit before '[', so "12[a]" repeats 2 times (and drops the 1).
def decode_string(s):
    stack = []
    current = ""
    for i, ch in enumerate(s):
        if ch.isdigit():
            continue
        if ch == "[":
            stack.append((current, int(s[i - 1])))
            current = ""
        elif ch == "]":
            before, times = stack.pop()
            current = before + current * times
        else:
            current += ch
    return current
