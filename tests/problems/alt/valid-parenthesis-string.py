def check_valid_string(s):
    # two stacks of positions: match ')' with '(' first, then with a star; leftover '(' need
    # a later star each
    opens, stars = [], []
    for i, ch in enumerate(s):
        if ch == "(":
            opens.append(i)
        elif ch == "*":
            stars.append(i)
        elif opens:
            opens.pop()
        elif stars:
            stars.pop()
        else:
            return False
    while opens:
        if not stars or stars.pop() < opens.pop():
            return False
    return True
