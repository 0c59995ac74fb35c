# verdict: wrong_answer
# returns True as soon as the stack is empty again after a closing bracket, so whatever follows
# a balanced prefix is never read: "()(" passes
def is_valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
            if not stack:
                return True
        else:
            stack.append(ch)
    return not stack
