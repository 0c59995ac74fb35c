# verdict: wrong_answer
# Flushes text to the answer only when an outermost group closes, so letters after the last group
# (or a string with no group at all) are lost.
def decode_string(s):
    stack = []
    current = ""
    number = 0
    answer = ""
    for ch in s:
        if ch.isdigit():
            number = number * 10 + int(ch)
        elif ch == "[":
            stack.append((current, number))
            current, number = "", 0
        elif ch == "]":
            before, times = stack.pop()
            current = before + current * times
            if not stack:
                answer += current
                current = ""
        else:
            current += ch
    return answer
