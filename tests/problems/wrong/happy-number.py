# verdict: wrong_answer
# Follows the digit-square sums for at most five steps ("7 needs five, the most of any small
# number") and calls anything not at 1 by then unhappy; some ten-digit numbers need six.
def is_happy(n):
    def step(m):
        return sum(int(d) ** 2 for d in str(m))

    for _ in range(5):
        if n == 1:
            return True
        n = step(n)
    return n == 1
