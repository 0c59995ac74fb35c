# verdict: wrong_answer
# starts slow and fast on the same number, so `while slow != fast` never runs: only n == 1 is called happy
def is_happy(n):
    def step(m):
        return sum(int(d) ** 2 for d in str(m))

    slow = fast = n
    while slow != fast:
        slow = step(slow)
        fast = step(step(fast))
        if fast == 1:
            return True
    return slow == 1
