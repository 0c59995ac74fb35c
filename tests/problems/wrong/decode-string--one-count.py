# verdict: wrong_answer
# Stacks the text before each group but keeps only one count variable, so when a nested group
# closes, the outer group is repeated by the inner group's count.
def decode_string(s):
    stack = []
    current = ""
    number = 0
    times = 1
    for ch in s:
        if ch.isdigit():
            number = number * 10 + int(ch)
        elif ch == "[":
            stack.append(current)
            times, number = number, 0
            current = ""
        elif ch == "]":
            current = stack.pop() + current * times
        else:
            current += ch
    return current
