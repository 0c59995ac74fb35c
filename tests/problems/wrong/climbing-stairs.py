# verdict: wrong_answer
# starts the Fibonacci pair one step too early (ways(0) = 0), so it returns ways(n - 1)
def climb_stairs(n):
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
